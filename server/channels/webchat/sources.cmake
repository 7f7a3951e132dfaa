# The Web chat channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    webchat/webchatchannel.h webchat/webchatchannel.cpp
    webchat/webchatconfig.h webchat/webchatconfig.cpp
    webchat/webchatmessage.h webchat/webchatmessage.cpp
    webchat/webchatratelimit.h webchat/webchatratelimit.cpp
    webchat/webchatrelay.h webchat/webchatrelay.cpp
    webchat/webchatsessions.h webchat/webchatsessions.cpp
    webchat/webchatverification.h webchat/webchatverification.cpp
)
