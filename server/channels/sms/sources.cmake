# The SMS channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    sms/smschannel.h sms/smschannel.cpp
)
