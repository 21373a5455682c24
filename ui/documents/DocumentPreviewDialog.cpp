#include "documents/DocumentPreviewDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

std::optional<QString> DocumentPreviewDialog::nextSavePath;
std::optional<QString> DocumentPreviewDialog::nextPrintToFile;

DocumentPreviewDialog::DocumentPreviewDialog(Job job, QWidget* parent) : QDialog(parent), m_job(std::move(job))
{
    setObjectName(u"documentPreviewDialog"_s);
    setWindowTitle(m_job.title);
    setSizeGripEnabled(true);

    m_previewPrinter = new QPrinter(QPrinter::HighResolution);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setObjectName(u"documentPreview"_s);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter* printer) { documents::printDocument(m_document, *printer); });

    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"previewButtons"_s);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"printButton"_s);
    m_print->setToolTip(tr("Print on a printer (Ctrl+P)"));
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveAsPdfButton"_s);
    m_save->setToolTip(tr("Save as a PDF file (Ctrl+S)"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::printDocument);
    connect(m_save, &QPushButton::clicked, this, &DocumentPreviewDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &DocumentPreviewDialog::printDocument);
    addAction(printAction);
    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &DocumentPreviewDialog::saveAsPdf);
    addAction(saveAction);
    const auto zoom = [this](bool in) {
        if (in)
            m_preview->zoomIn();
        else
            m_preview->zoomOut();
    };
    auto* zoomIn = new QAction(this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    connect(zoomIn, &QAction::triggered, this, [zoom] { zoom(true); });
    addAction(zoomIn);
    auto* zoomOut = new QAction(this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [zoom] { zoom(false); });
    addAction(zoomOut);

    auto* hint = new QLabel(tr("Ctrl+P print · Ctrl+S save as PDF · Ctrl+plus / Ctrl+minus zoom · Esc close"), this);
    hint->setObjectName(u"previewHint"_s);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_preview, 1);
    layout->addWidget(hint);
    layout->addLayout(bottom);

    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    resize(760, 900);
    refresh();
    m_print->setDefault(true);
    m_print->setFocus(Qt::OtherFocusReason);
}

DocumentPreviewDialog::~DocumentPreviewDialog()
{
    delete m_preview; // before the printer it paints on
    m_preview = nullptr;
    delete m_previewPrinter;
}

QString DocumentPreviewDialog::statusText() const
{
    return m_status->text();
}

void DocumentPreviewDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void DocumentPreviewDialog::refresh()
{
    auto document = m_job.preview();
    if (!document) {
        showStatus(document.errorMessage(), true);
        m_print->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    m_document = document.value();
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    m_preview->updatePreview();
}

bool DocumentPreviewDialog::printDocument()
{
    if (!m_print->isEnabled())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_document.pageSize));
    printer.setDocName(m_document.title);
    if (nextPrintToFile) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*nextPrintToFile);
        nextPrintToFile.reset();
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setObjectName(u"printDialog"_s);
        dialog.setWindowTitle(tr("Print %1").arg(m_job.title));
        dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    int copies = 1;
    if (m_job.perCopySerials) {
        // Each copy carries its own serial number, so Custos makes the copies, not the printer.
        copies = qMax(1, printer.copyCount());
        printer.setCopyCount(1);
    }
    auto printed = m_job.print(printer, copies);
    if (!printed) {
        showStatus(printed.errorMessage(), true);
        return false;
    }
    showStatus(printed.value(), false);
    refresh();
    return true;
}

bool DocumentPreviewDialog::saveAsPdf()
{
    if (!m_save->isEnabled())
        return false;
    QString path;
    if (nextSavePath) {
        path = *nextSavePath;
        nextSavePath.reset();
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                            QDir(m_lastDirectory).filePath(m_job.suggestedFileName),
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += u".pdf"_s;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    auto saved = m_job.save(path);
    if (!saved) {
        showStatus(saved.errorMessage(), true);
        return false;
    }
    showStatus(saved.value(), false);
    refresh();
    return true;
}

} // namespace custos::ui
