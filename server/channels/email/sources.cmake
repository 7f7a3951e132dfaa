# The E-mail channel: its sources are added to jack-channels here.
# vmime writes and reads MIME and speaks SMTP; libetpan speaks IMAP (with IDLE, which vmime
# 0.9.2 lacks).
pkg_check_modules(VMIME REQUIRED IMPORTED_TARGET vmime)
pkg_check_modules(ETPAN REQUIRED IMPORTED_TARGET libetpan)
target_sources(jack-channels PRIVATE
    email/certificatecheck.h email/certificatecheck.cpp
    email/emailchannel.h email/emailchannel.cpp
    email/emailcomposer.h email/emailcomposer.cpp
    email/emailmessage.h
    email/emailparser.h email/emailparser.cpp
    email/emailsettings.h email/emailsettings.cpp
    email/emailthreads.h email/emailthreads.cpp
    email/htmltext.h email/htmltext.cpp
    email/imapreceiver.h email/imapreceiver.cpp
    email/imapsession.h email/imapsession.cpp
    email/replycleaner.h email/replycleaner.cpp
    email/smtpclient.h email/smtpclient.cpp
    email/vmimesupport.h email/vmimesupport.cpp
)
target_link_libraries(jack-channels PRIVATE PkgConfig::VMIME PkgConfig::ETPAN)
