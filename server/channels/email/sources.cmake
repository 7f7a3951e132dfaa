# The E-mail channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    email/emailchannel.h email/emailchannel.cpp
)
