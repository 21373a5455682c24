#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QString>

// Small look-and-feel helpers shared by the setup pages and the business profile dialog.
namespace custos::ui {

// A word-wrapped red line under a form, hidden while empty: errors are shown inline, next to
// what needs fixing, never in a modal box.
inline QLabel* makeInlineError(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    label->setVisible(false);
    return label;
}

inline void showInlineError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Secondary text: between the text and background colours of the current palette, so it reads
// as a hint but keeps enough contrast (a disabled label is too faint to read).
inline QLabel* makeHint(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const QColor fg = palette.color(QPalette::WindowText);
    const QColor bg = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 70 + b * 30) / 100; };
    palette.setColor(QPalette::WindowText,
                     QColor(mix(fg.red(), bg.red()), mix(fg.green(), bg.green()), mix(fg.blue(), bg.blue())));
    label->setPalette(palette);
    return label;
}

} // namespace custos::ui
