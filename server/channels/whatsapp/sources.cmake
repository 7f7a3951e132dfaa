# The WhatsApp channel's newer sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    whatsapp/whatsapptemplates.h whatsapp/whatsapptemplates.cpp
    whatsapp/whatsappcoalescer.h whatsapp/whatsappcoalescer.cpp
)
