#include "setup/RecoveryPage.h"

#include "documents/RecoverySheet.h"
#include "setup/FormStyle.h"
#include "setup/SetupState.h"
#include "vault/RecoveryCode.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {
// Restores the cursor however the work ends.
struct WaitCursor
{
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};
} // namespace

RecoveryPage::RecoveryPage(SetupState& state, QWidget* parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"recoveryPage"_s);
    setTitle(tr("Your recovery code"));
    setSubTitle(tr("If you ever forget your password, this code is the only way back into the vault."));
    setCommitPage(false);

    auto* intro = new QLabel(tr("Custos shows this code <b>only once</b> and keeps no copy it could show you again. "
                                "Anyone holding it together with a copy of the vault can read all customer data, "
                                "so keep it locked away, not next to this computer."),
                             this);
    intro->setObjectName(u"recoveryIntro"_s);
    intro->setWordWrap(true);

    auto* codeFrame = new QFrame(this);
    codeFrame->setObjectName(u"recoveryCodeFrame"_s);
    codeFrame->setFrameShape(QFrame::StyledPanel);
    codeFrame->setStyleSheet(u"#recoveryCodeFrame { background: #f6f7f9; border: 1px solid #c9ced6; "
                             u"border-radius: 6px; }"_s);
    m_codeLabel = new QLabel(codeFrame);
    m_codeLabel->setObjectName(u"recoveryCodeLabel"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(20);
    mono.setBold(true);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    m_codeLabel->setFont(mono);
    m_codeLabel->setStyleSheet(u"color: #111;"_s);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setFocusPolicy(Qt::ClickFocus); // selectable, but the first Tab stop is "Save…"
    m_codeLabel->setAccessibleName(tr("Recovery code"));
    auto* codeLayout = new QVBoxLayout(codeFrame);
    codeLayout->setContentsMargins(16, 14, 16, 14);
    codeLayout->addWidget(m_codeLabel);

    m_saveButton = new QPushButton(tr("&Save recovery sheet as PDF…"), this);
    m_saveButton->setObjectName(u"saveSheetButton"_s);
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(u"printSheetButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);

    auto* hint = makeHint(tr("Print the sheet, or save it to a USB stick that you keep in a safe place. "
                             "Do not leave the PDF on this computer."),
                          this, u"sheetHint"_s);

    m_status = new QLabel(this);
    m_status->setObjectName(u"sheetStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(u"color: #1b5e20;"_s);
    m_status->setVisible(false);

    m_storedCheck =
        new QCheckBox(tr("I have printed or saved the recovery code and will keep it somewhere &safe"), this);
    m_storedCheck->setObjectName(u"storedCheck"_s);
    m_error = makeInlineError(this, u"recoveryError"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(codeFrame);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_storedCheck);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_codeLabel, m_saveButton);
    setTabOrder(m_saveButton, m_printButton);
    setTabOrder(m_printButton, m_storedCheck);

    connect(m_saveButton, &QPushButton::clicked, this, &RecoveryPage::saveSheet);
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryPage::printSheet);
    connect(m_storedCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void RecoveryPage::initializePage()
{
    if (m_state.recoveryCode.isEmpty()) {
        auto code = recovery::generateCode();
        if (!code) {
            showInlineError(m_error, code.errorMessage());
            m_saveButton->setEnabled(false);
            m_printButton->setEnabled(false);
            return;
        }
        m_state.recoveryCode = code.value();
        m_state.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_codeLabel->setText(recovery::formatForDisplay(m_state.recoveryCode));
    }
    // Back, edit, Next: a sheet made earlier names the old business or owner.
    if ((m_state.sheetSaved || m_state.sheetPrinted) && m_sheetSignature != sheetSignature()) {
        m_state.sheetSaved = false;
        m_state.sheetPrinted = false;
        m_storedCheck->setChecked(false);
        m_status->setText(tr("The business or owner details changed after the sheet was made. The code is the "
                             "same, but save or print the sheet again so that it shows the right details."));
        m_status->setVisible(true);
    }
    m_saveButton->setFocus(Qt::OtherFocusReason);
}

bool RecoveryPage::isComplete() const
{
    return !m_state.recoveryCode.isEmpty() && m_storedCheck->isChecked();
}

documents::RecoverySheetData RecoveryPage::sheetData() const
{
    documents::RecoverySheetData d;
    d.business = m_state.profile;
    d.ownerUsername = m_state.ownerUsername;
    d.vaultId = m_state.vaultId;
    d.vaultLocation = QDir::toNativeSeparators(m_state.vaultDir);
    d.recoveryCode = recovery::formatForDisplay(m_state.recoveryCode);
    d.createdAt = m_state.clock ? m_state.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return d;
}

QString RecoveryPage::sheetSignature() const
{
    const BusinessProfile& p = m_state.profile;
    return QStringList{p.legalName, p.addressLine(), p.phone, m_state.ownerUsername, m_state.vaultDir}.join(u'\n');
}

void RecoveryPage::noteSheetDone(const QString& message)
{
    m_sheetSignature = sheetSignature();
    m_status->setText(message);
    m_status->setVisible(true);
    showInlineError(m_error, QString());
    m_storedCheck->setFocus(Qt::OtherFocusReason);
}

void RecoveryPage::saveSheet()
{
    QString path = m_state.sheetPathForTest;
    if (path.isEmpty()) {
        const QString documentsDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save recovery sheet"),
                                            QDir(documentsDir).filePath(tr("Custos recovery sheet.pdf")),
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            path += u".pdf"_s;
    }
    Result<void> written = [&] {
        WaitCursor wait;
        return documents::writeRecoverySheet(sheetData(), path);
    }();
    if (!written) {
        showInlineError(m_error, written.errorMessage());
        return;
    }
    m_state.sheetSaved = true;
    noteSheetDone(tr("Saved to %1. Copy it to a USB stick or print it, then delete it from this computer.")
                      .arg(QDir::toNativeSeparators(path)));
}

void RecoveryPage::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Custos recovery sheet"));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print recovery sheet"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false); // a file copy is what "Save as PDF" is for
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        WaitCursor wait;
        QTextDocument doc;
        doc.setDefaultFont(QFont(u"DejaVu Sans"_s, 11));
        doc.setHtml(documents::recoverySheetHtml(sheetData()));
        doc.print(&printer);
    }
    if (printer.printerState() == QPrinter::Error) {
        showInlineError(m_error, tr("The printer reported an error. Check it and print again, or save the sheet "
                                    "as PDF."));
        return;
    }
    m_state.sheetPrinted = true;
    noteSheetDone(tr("Sent to %1. Check that the page printed completely and the code is readable.")
                      .arg(printer.printerName().isEmpty() ? tr("the printer") : printer.printerName()));
}

bool RecoveryPage::validatePage()
{
    if (!m_finish)
        return true;
    showInlineError(m_error, QString());
    const QString previousStatus = m_status->text();
    m_status->setText(tr("Creating the encrypted vault…"));
    m_status->setVisible(true);
    m_status->repaint();
    Result<void> created = [&] {
        WaitCursor wait;
        return m_finish();
    }();
    if (!created) {
        m_status->setText(previousStatus);
        m_status->setVisible(!previousStatus.isEmpty());
        showInlineError(m_error, created.errorMessage());
        return false;
    }
    return true;
}

} // namespace custos::ui
