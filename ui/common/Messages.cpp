#include "common/Messages.h"

#include <QPushButton>

namespace custos::ui {

std::optional<QMessageBox::StandardButton> Messages::nextAnswer;
QString Messages::lastText;

namespace {
QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                const QString& okLabel = {})
{
    Messages::lastText = text;
    if (Messages::nextAnswer) {
        const auto answer = *Messages::nextAnswer;
        Messages::nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!okLabel.isEmpty())
        box.button(QMessageBox::Ok)->setText(okLabel);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
} // namespace

void Messages::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool Messages::confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel)
{
    return ask(parent, QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel,
               confirmLabel) == QMessageBox::Ok;
}

} // namespace custos::ui
