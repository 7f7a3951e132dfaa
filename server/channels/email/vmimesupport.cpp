#include "channels/email/vmimesupport.h"

#include "channels/email/certificatecheck.h"

#include <vmime/platforms/posix/posixHandler.hpp>

#include <QElapsedTimer>

#include <mutex>

namespace jack::channels {

void ensureVmimeReady()
{
    static std::once_flag once;
    std::call_once(
        once, []() { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

void VmimeCertificateCheck::verify(
    vmime::shared_ptr<vmime::security::cert::certificateChain> chain, const vmime::string &hostname)
{
    if (!m_verify)
        return;
    QList<QByteArray> der;
    for (size_t i = 0; chain && i < chain->getCount(); ++i) {
        const vmime::byteArray bytes = chain->getAt(i)->getEncoded();
        der.append(
            QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
    }
    const QString problem = CertificateCheck::problem(der, QString::fromStdString(hostname));
    if (!problem.isEmpty())
        throw vmime::security::cert::certificateException(problem.toStdString());
}

namespace {

//! One deadline for one vmime operation, restarted whenever data moves.
class Deadline : public vmime::net::timeoutHandler {
public:
    explicit Deadline(int seconds)
        : m_ms(qint64(seconds) * 1000)
    {
        m_timer.start();
    }
    bool isTimeOut() override { return m_timer.elapsed() > m_ms; }
    void resetTimeOut() override { m_timer.restart(); }
    bool handleTimeOut() override { return false; } // give up: the caller retries later

private:
    qint64 m_ms;
    QElapsedTimer m_timer;
};

} // namespace

vmime::shared_ptr<vmime::net::timeoutHandler> VmimeDeadlines::create()
{
    return vmime::make_shared<Deadline>(m_seconds);
}

} // namespace jack::channels
