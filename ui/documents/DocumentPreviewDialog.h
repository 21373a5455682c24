#pragma once

#include "core/Result.h"
#include "documents/HtmlPdf.h"

#include <QDialog>
#include <QString>
#include <functional>
#include <optional>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace custos::ui {

// A document as it will come out of the printer, with Print… (the system print dialog), Save as
// PDF… and Close (Esc). What is printed or saved is issued by the job's callbacks, so each copy
// gets its own serial number and audit event; the preview shows the next number as provisional
// and moves on after every print or save.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    struct Job
    {
        QString title;               // window title
        QString suggestedFileName;   // for Save as PDF…, e.g. "order-form.pdf"
        bool perCopySerials = false; // printer copies are issued one by one (blank forms)
        // The document for the preview (numbers provisional).
        std::function<Result<documents::HtmlDocument>()> preview;
        // Issues and prints `copies` copies on `printer`; returns what to tell the user.
        std::function<Result<QString>(QPrinter& printer, int copies)> print;
        // Issues and writes the PDF; returns what to tell the user.
        std::function<Result<QString>(const QString& path)> save;
    };

    explicit DocumentPreviewDialog(Job job, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Test hooks (no native dialogs under the offscreen platform): the next Save as PDF… writes
    // here without asking; the next Print… goes to this PDF file instead of a print dialog.
    static std::optional<QString> nextSavePath;
    static std::optional<QString> nextPrintToFile;

    bool printDocument();
    bool saveAsPdf();
    QString statusText() const;

private:
    void refresh();
    void showStatus(const QString& text, bool error);

    Job m_job;
    documents::HtmlDocument m_document;
    QPrinter* m_previewPrinter = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    QString m_lastDirectory;
};

} // namespace custos::ui
