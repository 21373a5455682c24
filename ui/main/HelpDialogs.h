#pragma once

#include <QString>

class QWidget;

namespace custos::ui {

// Help > Privacy & security: what Custos keeps and how it protects it, in plain words.
void showPrivacyDialog(QWidget* parent, const QString& vaultDir);
// Help > About Custos.
void showAboutDialog(QWidget* parent);

} // namespace custos::ui
