#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

namespace custos::ui {

// Every modal question goes through here, so GUI tests can answer it without a blocking
// dialog (as KeePassXC does): set Messages::nextAnswer before the action that asks.
class Messages
{
public:
    static std::optional<QMessageBox::StandardButton> nextAnswer;
    static QString lastText; // what the last message said, for tests

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel = {});
};

} // namespace custos::ui
