#include "session/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace custos::ui {
namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

void ClipboardGuard::setText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    m_digest = digestOf(text);
}

bool ClipboardGuard::holdsOurText() const
{
    return !m_digest.isEmpty() && digestOf(QGuiApplication::clipboard()->text()) == m_digest;
}

void ClipboardGuard::clearIfOurs()
{
    if (holdsOurText())
        QGuiApplication::clipboard()->clear();
    m_digest.clear();
}

} // namespace custos::ui
