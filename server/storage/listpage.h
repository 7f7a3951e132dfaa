#pragma once
#include <QJsonArray>
#include <QJsonObject>

namespace jack::storage {

//! One page of a list answer: {"items","total","limit","offset"}.
struct ListPage {
    QJsonArray items;
    int total = 0;
    int limit = 50;
    int offset = 0;
    [[nodiscard]] QJsonObject toJson() const
    {
        return { { "items", items }, { "total", total }, { "limit", limit }, { "offset", offset } };
    }
};

} // namespace jack::storage
