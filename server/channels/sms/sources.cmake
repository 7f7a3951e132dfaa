# The SMS channel (Twilio): its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    sms/smschannel.h sms/smschannel.cpp
    sms/smsconfig.h sms/smsconfig.cpp
    sms/smsinbound.h sms/smsinbound.cpp
    sms/twilioclient.h sms/twilioclient.cpp
    sms/twilioerrors.h sms/twilioerrors.cpp
    sms/twilioform.h sms/twilioform.cpp
    sms/twiliosignature.h sms/twiliosignature.cpp
)
