#pragma once

#include <QByteArray>
#include <QString>

namespace custos::ui {

// Remembers what Custos put on the clipboard (as a digest, not the text) so that locking
// and signing out can clear it — but only if it still holds our text, never something the
// user copied from another program since.
class ClipboardGuard
{
public:
    void setText(const QString& text);
    // True when the clipboard still holds the text we put there.
    bool holdsOurText() const;
    void clearIfOurs();

private:
    QByteArray m_digest;
};

} // namespace custos::ui
