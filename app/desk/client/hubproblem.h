#pragma once
#include "apiclient.h"

#include <QString>

namespace jack::desk {

//! Turns a refusal of the hub into a sentence for the clerk and finds the field it names, for
//! the settings forms.
class HubProblem {
public:
    //! "The hub cannot be reached…", "Only an admin can change this.", or the hub's own message
    //! starting with a capital letter.
    [[nodiscard]] static QString sentence(const ApiReply &reply);
    //! `details.field` of a 400 answer ("config.apiKey" → "apiKey" when `prefix` is "config."),
    //! or empty.
    [[nodiscard]] static QString field(const ApiReply &reply, const QString &prefix = {});
    //! A message of the hub as a sentence: capital first letter, full stop.
    [[nodiscard]] static QString plain(const QString &message);
    //! The hub's message with the field's key ('apiKey') replaced by its label ("API key").
    [[nodiscard]] static QString withLabel(
        const QString &message, const QString &key, const QString &label);
};

} // namespace jack::desk
