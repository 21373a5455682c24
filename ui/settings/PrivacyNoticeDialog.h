#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace custos {
class Session;
}

namespace custos::ui {

// Settings → Privacy notice…: the owner edits the full notice (printed on order forms and in
// reports) and the short phone script clerks read to callers. Placeholders for the business's
// details can be inserted from a list; the preview shows both texts as customers will read them.
// Restore default; Save (Ctrl+S or Enter on the button) / Cancel (Esc, asks before discarding).
class PrivacyNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrivacyNoticeDialog(custos::Session& session, QWidget* parent = nullptr);

    bool isModified() const;
    // Inserts the placeholder selected in the list into the editor that last had the focus.
    void insertSelectedPlaceholder();
    void restoreDefault();

public slots:
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updatePreview();

    custos::Session& m_session;
    QString m_savedFull;
    QString m_savedScript;
    int m_retentionDays = 0;
    bool m_canEdit = false;
    QPlainTextEdit* m_full = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPlainTextEdit* m_lastEditor = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPushButton* m_insert = nullptr;
    QPushButton* m_restore = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace custos::ui
