#pragma once
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Fixtures live in tests/qml/data; the path comes from CMake.
inline QJsonObject loadFixture(const QString &name)
{
    QFile file(QStringLiteral(JACK_QML_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonArray fixtureItems(const QString &name)
{
    return loadFixture(name).value(QLatin1String("items")).toArray();
}

inline QJsonObject fixtureItem(const QString &name, const QString &id)
{
    const QJsonArray items = fixtureItems(name);
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return item.toObject();
    }
    qFatal("no %s in %s", qPrintable(id), qPrintable(name));
    return {};
}
