#pragma once
#include <vmime/vmime.hpp>

#include <QString>

namespace jack::channels {

//! What vmime needs before its first use (the POSIX platform handler), done once per process.
void ensureVmimeReady();

//! Accepts a server's certificate chain when Qt's system trust store and the host name agree,
//! or always when the admin turned checking off (self-signed test servers).
class VmimeCertificateCheck : public vmime::security::cert::certificateVerifier {
public:
    explicit VmimeCertificateCheck(bool verify)
        : m_verify(verify)
    {
    }
    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
        const vmime::string &hostname) override;

private:
    bool m_verify;
};

//! Gives every blocking vmime read or write a deadline, so a silent server cannot hang a
//! mail thread.
class VmimeDeadlines : public vmime::net::timeoutHandlerFactory {
public:
    explicit VmimeDeadlines(int seconds)
        : m_seconds(seconds)
    {
    }
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override;

private:
    int m_seconds;
};

} // namespace jack::channels
