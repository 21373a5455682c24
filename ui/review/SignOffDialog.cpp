#include "review/SignOffDialog.h"

#include "review/AccessReviewPage.h"
#include "setup/FormStyle.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace custos::ui {

namespace {

// Enter in the notes starts a new line; Ctrl+Enter signs off, as in the other multi-line fields.
class NotesEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onSubmit;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers().testFlag(Qt::ControlModifier) && onSubmit) {
            onSubmit();
            return;
        }
        if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
            event->ignore(); // Tab moves on, it does not indent a note
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

SignOffDialog::SignOffDialog(custos::access::AccessReview& review, int employees, QWidget* parent)
    : QDialog(parent), m_review(review)
{
    setObjectName(u"signOffDialog"_s);
    setWindowTitle(tr("Sign off the access review"));

    auto* text = new QLabel(
        tr("By signing off you confirm that you went through the access of all %1 listed — role, background check, "
           "card access, last sign-in and recent reveals — and that each still matches their job. The sign-off is "
           "recorded in the audit log under your name; the next review falls due in %2 months.")
            .arg(AccessReviewPage::employeeCount(employees))
            .arg(custos::access::AccessReview::kReviewIntervalMonths),
        this);
    text->setWordWrap(true);
    text->setObjectName(u"signOffExplanation"_s);

    auto* notesLabel = new QLabel(tr("&Notes (optional): what you changed or found"), this);
    auto* notes = new NotesEdit(this);
    notes->onSubmit = [this] { accept(); };
    m_notes = notes;
    m_notes->setObjectName(u"signOffNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("e.g. Removed Tom's card access: he moved to the warehouse."));
    notesLabel->setBuddy(m_notes);
    m_count = makeHint(QString(), this, u"signOffNotesCount"_s);
    m_count->setAlignment(Qt::AlignRight);
    m_error = makeInlineError(this, u"signOffError"_s);

    auto* buttons = new QDialogButtonBox(this);
    m_signOff = buttons->addButton(tr("&Sign off"), QDialogButtonBox::AcceptRole);
    m_signOff->setObjectName(u"confirmSignOffButton"_s);
    m_signOff->setDefault(true);
    m_signOff->setToolTip(tr("Ctrl+Enter"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SignOffDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(4);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    updateCount();
    m_notes->setFocus();
    resize(560, 380);
}

void SignOffDialog::updateCount()
{
    const int length = int(m_notes->toPlainText().trimmed().size());
    m_count->setText(tr("%1 / %2").arg(length).arg(kMaxNotes));
    if (length > kMaxNotes)
        showInlineError(m_error, tr("The notes are %1 characters too long.").arg(length - kMaxNotes));
    else
        showInlineError(m_error, {});
}

void SignOffDialog::accept()
{
    const QString notes = m_notes->toPlainText().trimmed();
    if (notes.size() > kMaxNotes) {
        updateCount();
        return;
    }
    auto signedOff = m_review.signOff(notes);
    if (!signedOff) {
        showInlineError(m_error, signedOff.errorMessage());
        return;
    }
    emit this->signedOff(signedOff.value());
    QDialog::accept();
}

} // namespace custos::ui
