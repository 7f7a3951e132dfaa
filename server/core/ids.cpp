#include "core/ids.h"

#include <QUuid>

namespace jack::core {

QString Ids::make()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace jack::core
