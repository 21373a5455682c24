#include "settings/PrivacyNoticeDialog.h"

#include "access/Staff.h"
#include "common/Messages.h"
#include "documents/PrivacyNotice.h"
#include "orders/OrderService.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

PrivacyNoticeDialog::PrivacyNoticeDialog(custos::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"privacyNoticeDialog"_s);
    setWindowTitle(tr("Privacy notice"));
    setSizeGripEnabled(true);

    auto actor = access::loadActor(session);
    m_canEdit = actor.ok() && access::decide(actor.value(), access::Permission::ManageSettings).allowed;
    m_retentionDays = OrderService(session).cardRetentionDays();

    documents::PrivacyNotice notice = documents::defaultPrivacyNotice();
    m_error = makeInlineError(this, u"privacyNoticeError"_s);
    if (auto loaded = documents::loadPrivacyNotice(session.database()); loaded.ok())
        notice = loaded.value();
    else
        showInlineError(m_error, loaded.errorMessage());
    m_savedFull = notice.fullText;
    m_savedScript = notice.phoneScript;

    auto* intro = makeHint(tr("Customers are told how their data is used (GDPR Art. 13): the notice is printed on "
                              "every order form and in reports; the phone script is what clerks read to callers "
                              "before taking their details. Placeholders such as {business} are filled in with "
                              "the business profile."),
                           this, u"privacyNoticeIntro"_s);

    m_full = new QPlainTextEdit(notice.fullText, this);
    m_full->setObjectName(u"privacyNoticeEdit"_s);
    m_full->setTabChangesFocus(true);
    m_full->setReadOnly(!m_canEdit);
    auto* fullLabel = new QLabel(tr("&Full notice (blank line between paragraphs)"), this);
    fullLabel->setBuddy(m_full);

    m_script = new QPlainTextEdit(notice.phoneScript, this);
    m_script->setObjectName(u"phoneScriptEdit"_s);
    m_script->setTabChangesFocus(true);
    m_script->setReadOnly(!m_canEdit);
    m_script->setFixedHeight(m_script->fontMetrics().lineSpacing() * 5 + 14);
    auto* scriptLabel = new QLabel(tr("P&hone script (3–4 short sentences)"), this);
    scriptLabel->setBuddy(m_script);
    m_lastEditor = m_full;
    m_full->installEventFilter(this);
    m_script->installEventFilter(this);

    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(u"placeholderList"_s);
    for (const QString& p : documents::privacyNoticePlaceholders()) {
        auto* item = new QListWidgetItem(p, m_placeholders);
        item->setToolTip(documents::privacyNoticePlaceholderDescription(p));
        item->setData(Qt::UserRole, p);
    }
    m_placeholders->setCurrentRow(0);
    m_placeholders->setMaximumWidth(220);
    auto* placeholdersLabel = new QLabel(tr("Place&holders"), this);
    placeholdersLabel->setBuddy(m_placeholders);
    m_insert = new QPushButton(tr("&Insert"), this);
    m_insert->setObjectName(u"insertPlaceholderButton"_s);
    m_insert->setEnabled(m_canEdit);
    m_insert->setToolTip(tr("Insert the placeholder into the text you edited last (or double-click it)"));
    auto* placeholderHint = new QLabel(this);
    placeholderHint->setObjectName(u"placeholderDescription"_s);
    placeholderHint->setWordWrap(true);
    placeholderHint->setMaximumWidth(220);
    connect(m_placeholders, &QListWidget::currentItemChanged, placeholderHint,
            [placeholderHint](QListWidgetItem* item) { placeholderHint->setText(item ? item->toolTip() : QString()); });
    placeholderHint->setText(m_placeholders->currentItem()->toolTip());
    connect(m_insert, &QPushButton::clicked, this, &PrivacyNoticeDialog::insertSelectedPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this] {
        if (m_canEdit)
            insertSelectedPlaceholder();
    });

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"privacyNoticePreview"_s);
    m_preview->setOpenLinks(false);
    auto* previewLabel = new QLabel(tr("Pre&view with your business details"), this);
    previewLabel->setBuddy(m_preview);

    m_restore = new QPushButton(tr("&Restore default"), this);
    m_restore->setObjectName(u"restoreDefaultButton"_s);
    m_restore->setEnabled(m_canEdit);
    connect(m_restore, &QPushButton::clicked, this, &PrivacyNoticeDialog::restoreDefault);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"privacyNoticeSaveButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"privacyNoticeCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_canEdit);
    m_buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrivacyNoticeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrivacyNoticeDialog::reject);
    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &PrivacyNoticeDialog::accept);
    addAction(saveAction);

    auto* editors = new QVBoxLayout;
    editors->addWidget(fullLabel);
    editors->addWidget(m_full, 3);
    editors->addWidget(scriptLabel);
    editors->addWidget(m_script);
    auto* side = new QVBoxLayout;
    side->addWidget(placeholdersLabel);
    side->addWidget(m_placeholders, 1);
    side->addWidget(placeholderHint);
    side->addWidget(m_insert);
    auto* top = new QHBoxLayout;
    top->addLayout(editors, 1);
    top->addLayout(side);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(intro);
    if (!m_canEdit)
        layout->addWidget(makeHint(tr("Only an owner can change the privacy notice."), this, u"readOnlyHint"_s));
    layout->addLayout(top, 3);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_full, &QPlainTextEdit::textChanged, this, &PrivacyNoticeDialog::updatePreview);
    connect(m_script, &QPlainTextEdit::textChanged, this, &PrivacyNoticeDialog::updatePreview);
    updatePreview();
    resize(900, 820);
    m_full->setFocus(Qt::OtherFocusReason);
}

bool PrivacyNoticeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_full)
            m_lastEditor = m_full;
        else if (watched == m_script)
            m_lastEditor = m_script;
    }
    return QDialog::eventFilter(watched, event);
}

bool PrivacyNoticeDialog::isModified() const
{
    return m_full->toPlainText() != m_savedFull || m_script->toPlainText() != m_savedScript;
}

void PrivacyNoticeDialog::insertSelectedPlaceholder()
{
    QListWidgetItem* item = m_placeholders->currentItem();
    if (!item || !m_canEdit)
        return;
    m_lastEditor->insertPlainText(item->data(Qt::UserRole).toString());
    m_lastEditor->setFocus(Qt::OtherFocusReason);
}

void PrivacyNoticeDialog::restoreDefault()
{
    const documents::PrivacyNotice defaults = documents::defaultPrivacyNotice();
    m_full->setPlainText(defaults.fullText);
    m_script->setPlainText(defaults.phoneScript);
    showInlineError(m_error, QString());
}

void PrivacyNoticeDialog::updatePreview()
{
    const BusinessProfile& business = m_session.businessProfile();
    const auto toHtml = [](const QString& text) {
        QString html;
        for (const QString& block : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
            html += u"<p>%1</p>"_s.arg(block.trimmed().toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s));
        return html;
    };
    QString html = u"<h3>%1</h3>"_s.arg(tr("Phone script").toHtmlEscaped());
    html += toHtml(documents::renderPrivacyText(m_script->toPlainText(), business, m_retentionDays));
    html += u"<h3>%1</h3>"_s.arg(tr("Full notice").toHtmlEscaped());
    html += toHtml(documents::renderPrivacyText(m_full->toPlainText(), business, m_retentionDays));
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(html);
    if (m_preview->verticalScrollBar())
        m_preview->verticalScrollBar()->setValue(scroll);
}

void PrivacyNoticeDialog::accept()
{
    if (!m_canEdit)
        return;
    documents::PrivacyNotice notice;
    notice.fullText = m_full->toPlainText();
    notice.phoneScript = m_script->toPlainText();
    auto saved = documents::savePrivacyNotice(m_session, notice);
    if (!saved) {
        showInlineError(m_error, saved.errorMessage());
        return;
    }
    m_savedFull = notice.fullText;
    m_savedScript = notice.phoneScript;
    QDialog::accept();
}

void PrivacyNoticeDialog::reject()
{
    if (isModified() && !Messages::confirm(this, tr("Discard changes?"),
                                           tr("The privacy notice has unsaved changes. Close without saving them?"),
                                           tr("&Discard changes")))
        return;
    QDialog::reject();
}

} // namespace custos::ui
