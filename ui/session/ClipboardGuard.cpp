#include "session/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QRandomGenerator>

namespace custos::ui {
namespace {

constexpr int kDigestKeyWords = 8; // 256 bits

QClipboard* clipboard()
{
    // No application (a guard destroyed after it): nothing to clear.
    return qGuiApp ? QGuiApplication::clipboard() : nullptr;
}

// A DWORD 0: "no" for the Windows clipboard history and cloud formats.
QByteArray dwordZero()
{
    return QByteArray(4, '\0');
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    quint32 words[kDigestKeyWords];
    QRandomGenerator::system()->fillRange(words);
    m_key = QByteArray(reinterpret_cast<const char*>(words), sizeof(words));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

QByteArray ClipboardGuard::digestOf(const QString& text) const
{
    return QMessageAuthenticationCode::hash(text.toUtf8(), m_key, QCryptographicHash::Sha256);
}

void ClipboardGuard::setText(const QString& text)
{
    QClipboard* board = clipboard();
    if (!board)
        return;
    m_timer.stop();
    board->setText(text);
    m_digest = digestOf(text);
}

void ClipboardGuard::setSecret(const QString& text, std::chrono::milliseconds clearAfter)
{
    QClipboard* board = clipboard();
    if (!board)
        return;
    board->setMimeData(secretMimeData(text));
    m_digest = digestOf(text);
    m_timer.start(clearAfter);
}

bool ClipboardGuard::holdsOurText() const
{
    QClipboard* board = clipboard();
    return board && !m_digest.isEmpty() && digestOf(board->text()) == m_digest;
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (holdsOurText()) {
        clipboard()->clear();
        m_digest.clear();
        emit cleared();
        return;
    }
    m_digest.clear();
}

QMimeData* ClipboardGuard::secretMimeData(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(QString::fromLatin1(kKdePasswordHintFormat), QByteArrayLiteral("secret"));
    // Windows reads only the presence of this one; the value is irrelevant.
    data->setData(QString::fromLatin1(kWindowsExcludeMonitorFormat), dwordZero());
    data->setData(QString::fromLatin1(kWindowsHistoryFormat), dwordZero());
    data->setData(QString::fromLatin1(kWindowsCloudFormat), dwordZero());
    return data;
}

bool ClipboardGuard::isMarkedSecret(const QMimeData* data)
{
    return data && data->data(QString::fromLatin1(kKdePasswordHintFormat)) == QByteArrayLiteral("secret") &&
           data->hasFormat(QString::fromLatin1(kWindowsExcludeMonitorFormat)) &&
           data->data(QString::fromLatin1(kWindowsHistoryFormat)) == dwordZero() &&
           data->data(QString::fromLatin1(kWindowsCloudFormat)) == dwordZero();
}

} // namespace custos::ui
