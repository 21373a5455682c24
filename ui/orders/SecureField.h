#pragma once

#include "crypto/SecureBytes.h"

#include <QLineEdit>
#include <QString>

namespace custos::ui {

// Empties a line edit that held a card number or security code and overwrites the characters.
// The widget drops its reference first, so `typed` is the only holder and wipe() reaches the
// buffer the widget used (a shared buffer would only be released, not overwritten).
inline void wipeLineEdit(QLineEdit* edit)
{
    QString typed = edit->text();
    edit->clear();
    crypto::wipe(typed);
}

// A SecureBytes copy of what a line edit holds, for a value that must not live in a QString.
inline crypto::SecureBytes secureCopy(const QLineEdit* edit)
{
    QString typed = edit->text();
    crypto::SecureBytes bytes = crypto::SecureBytes::fromUtf8(typed);
    crypto::wipe(typed); // shared with the widget: only our reference is dropped
    return bytes;
}

} // namespace custos::ui
