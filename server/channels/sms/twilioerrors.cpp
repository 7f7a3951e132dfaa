#include "channels/sms/twilioerrors.h"

namespace jack::channels {

QString TwilioErrors::describe(int code)
{
    QString text;
    switch (code) {
    case 20003:
        text = QStringLiteral("Twilio refused the account SID or auth token: check the Twilio "
                              "settings");
        break;
    case 21211:
        text = QStringLiteral("The guest's phone number is not a valid number");
        break;
    case 21408:
        text = QStringLiteral("Twilio is not allowed to send SMS to this country: enable it in "
                              "the Twilio console's SMS geographic permissions");
        break;
    case 21606:
        text = QStringLiteral("The sending number cannot send SMS: check the phone number in "
                              "the Twilio settings");
        break;
    case 21610:
        text = QStringLiteral("The guest has unsubscribed from SMS (replied STOP); they must "
                              "reply START before Jack can text them again");
        break;
    case 21612:
        text = QStringLiteral("Twilio cannot route SMS from the hotel's number to this guest's "
                              "number");
        break;
    case 21614:
        text = QStringLiteral("The guest's number is not a mobile number and cannot receive SMS");
        break;
    case 30003:
        text = QStringLiteral("The guest's phone is switched off or out of reach");
        break;
    case 30004:
        text = QStringLiteral("The message was blocked by the guest's phone or carrier");
        break;
    case 30005:
        text = QStringLiteral("The guest's number does not exist or is no longer in service");
        break;
    case 30006:
        text = QStringLiteral("The guest's number is a landline or its carrier cannot receive "
                              "SMS");
        break;
    case 30007:
        text = QStringLiteral("The guest's carrier filtered the message as spam");
        break;
    case 30008:
        text = QStringLiteral("The guest's carrier could not deliver the message");
        break;
    case 30034:
        text = QStringLiteral("The hotel's US number is not registered for A2P 10DLC; carriers "
                              "block its messages until it is");
        break;
    default:
        return {};
    }
    return text + QStringLiteral(" (%1)").arg(code);
}

QString TwilioErrors::describeOrGeneric(int code, const QString &twilioMessage)
{
    const QString known = describe(code);
    if (!known.isEmpty())
        return known;
    if (code == 0)
        return twilioMessage.isEmpty() ? QStringLiteral("Twilio could not deliver the message")
                                       : QStringLiteral("Twilio: %1").arg(twilioMessage);
    return twilioMessage.isEmpty()
        ? QStringLiteral("Twilio could not deliver the message (error %1)").arg(code)
        : QStringLiteral("Twilio: %1 (%2)").arg(twilioMessage).arg(code);
}

} // namespace jack::channels
