#pragma once

#include <QByteArray>
#include <QDialog>
#include <QPageSize>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace custos {
class Session;
}

namespace custos::ui {

// Settings → Documents…: the paper size of order forms, confirmations and reports (A4 or Letter)
// and the business logo printed at their top (Choose… / Remove, with a preview). Owners save;
// everyone else sees the settings read-only.
class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentSettingsDialog(custos::Session& session, QWidget* parent = nullptr);

    // Test hook: the next Choose… takes this file without a file dialog.
    static std::optional<QString> nextLogoPath;

    bool chooseLogo();
    void removeLogo();

public slots:
    void accept() override;
    void reject() override;

private:
    bool isModified() const;
    void showLogo();

    custos::Session& m_session;
    bool m_canEdit = false;
    QPageSize::PageSizeId m_savedSize = QPageSize::A4;
    QByteArray m_savedLogo;
    QByteArray m_logo;
    QComboBox* m_paper = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace custos::ui
