#pragma once

#include "domain/Screening.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QString>

// Shared look of the staff and access review screens: one colour per screening status, so a
// manager scanning the list sees at a glance who may be trusted with card data.
namespace custos::ui {

// Cleared green, Pending amber, Failed and Expired red, Not screened grey. Dark enough to read
// as text on a light row and on the alternate row colour.
inline QColor screeningColor(custos::ScreeningStatus status)
{
    switch (status) {
    case custos::ScreeningStatus::Cleared:
        return QColor(0x1b, 0x7f, 0x3b);
    case custos::ScreeningStatus::Pending:
        return QColor(0x9a, 0x62, 0x00);
    case custos::ScreeningStatus::Failed:
    case custos::ScreeningStatus::Expired:
        return QColor(0xb3, 0x26, 0x1e);
    case custos::ScreeningStatus::NotScreened:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

inline QColor screeningResultColor(custos::ScreeningResult result)
{
    switch (result) {
    case custos::ScreeningResult::Cleared:
        return screeningColor(custos::ScreeningStatus::Cleared);
    case custos::ScreeningResult::Failed:
        return screeningColor(custos::ScreeningStatus::Failed);
    case custos::ScreeningResult::Pending:
        break;
    }
    return screeningColor(custos::ScreeningStatus::Pending);
}

inline QColor warningColor()
{
    return QColor(0x9a, 0x62, 0x00);
}

inline QColor mutedColor()
{
    return QColor(0x80, 0x80, 0x80);
}

// A filled dot in `color`, for the status cells (colour plus a word, never colour alone).
inline QIcon statusDot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return QIcon(pixmap);
}

// A rounded badge as rich text, for labels that show one status.
inline QString statusBadgeStyle(const QColor& color)
{
    return QStringLiteral("color: %1; font-weight: 600;").arg(color.name());
}

inline QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// Date and time to the minute, in local time (some locales' short format carries seconds).
inline QString shortDateTime(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return shortDate(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), timeFormat);
}

} // namespace custos::ui
