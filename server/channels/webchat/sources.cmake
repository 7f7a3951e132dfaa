# The Web chat channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    webchat/webchatchannel.h webchat/webchatchannel.cpp
)
