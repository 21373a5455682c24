#include "settings/KeysDialog.h"

#include "common/Messages.h"
#include "crypto/SecureBytes.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <optional>

namespace custos::ui {

using namespace Qt::StringLiterals;

namespace {

enum Column { ColKey, ColSince, ColDue, ColFingerprint, ColRetired, ColumnCount };

QString keyDay(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// The fingerprint in two lines of eight groups, so the table stays narrow.
QString twoLineFingerprint(const QString& fingerprint)
{
    const QStringList groups = fingerprint.split(u' ', Qt::SkipEmptyParts);
    if (groups.size() <= 8)
        return fingerprint;
    return groups.mid(0, 8).join(u' ') + u'\n' + groups.mid(8).join(u' ');
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A progress dialog that only its own Cancel button (or Esc, when it has one) can stop: the
// idle lock's reject() and the window's close button would otherwise hide it while the
// rotation it shows goes on. The lock waits until the rotation is over instead.
class RotationProgressDialog : public QProgressDialog
{
public:
    RotationProgressDialog(const QString& label, bool cancellable, QWidget* parent)
        : QProgressDialog(label, cancellable ? KeysDialog::tr("Cancel") : QString(), 0, 0, parent),
          m_cancellable(cancellable)
    {
        setObjectName(u"keyRotationProgress"_s);
        setWindowTitle(KeysDialog::tr("Key rotation"));
        setWindowModality(Qt::WindowModal);
        setAutoClose(false);
        setAutoReset(false);
        setMinimumDuration(0);
        if (!cancellable)
            setCancelButton(nullptr);
        setMinimumWidth(420);
    }

    // Shown at once instead of after the minimum duration.
    void showNow() { forceShow(); }

    void reject() override
    {
        if (m_cancellable)
            cancel();
    }

protected:
    void closeEvent(QCloseEvent* event) override
    {
        if (m_cancellable)
            cancel();
        event->ignore();
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape) {
            reject();
            return;
        }
        QProgressDialog::keyPressEvent(event);
    }

private:
    bool m_cancellable = false;
};

QString confirmText(VaultKeyKind kind)
{
    switch (kind) {
    case VaultKeyKind::Master:
        return KeysDialog::tr(
            "Rotate the vault key (the master key) now?\n\nThe whole vault file is re-encrypted under a new key. "
            "On a large vault this takes a few minutes and cannot be cancelled once it has "
            "started; Custos stays unusable meanwhile. If the computer stops in the middle, the "
            "vault opens afterwards with either the old or the new key. Every employee signs in "
            "with their usual password afterwards.");
    case VaultKeyKind::CardData:
        return KeysDialog::tr("Rotate the card-data key now?\n\nEvery stored card number is sealed again to a new key "
                              "and every card access grant is issued again; the old key is destroyed. You can "
                              "cancel while it runs: nothing changes until it has finished.");
    case VaultKeyKind::Signing:
        return KeysDialog::tr("Rotate the signing key now?\n\nDocuments, reports and audit checkpoints are signed with "
                              "a new key from now on. Those signed before stay verifiable with the old public key, "
                              "which Custos keeps. Give the new public key and its fingerprint (Settings → Signing "
                              "key…) to whoever checks your documents.");
    }
    return {};
}

} // namespace

KeysDialog::KeysDialog(custos::Vault& vault, custos::Session& session, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_session(session)
{
    setObjectName(u"keysDialog"_s);
    setWindowTitle(tr("Keys"));
    setMinimumWidth(900);

    auto* intro = wrappedLabel(
        tr("Custos protects this vault with three keys. Replace each one at the end of its cryptoperiod (%1 "
           "months, PCI DSS 3.6-3.7), and at once if you suspect it was exposed: a stolen computer, a lost backup, "
           "an employee who held the card-data key leaving on bad terms. Each rotation is all or nothing: "
           "even a power cut in the middle leaves the old key or the new one in use, never a mixture.")
            .arg(kKeyCryptoperiodMonths),
        this);

    m_table = new QTableWidget(3, ColumnCount, this);
    m_table->setObjectName(u"keysTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Key"), tr("In use since"), tr("Cryptoperiod ends"), tr("Fingerprint (SHA-256)"), tr("Retired keys")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    // Every row and column shows whole: the key names wrap, the fingerprints take two lines.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColKey, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // When the dialog's width changes, the key names wrap anew once the columns have settled.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_table->resizeRowsToContents();
                fitTable();
                // The first time the columns settle, the dialog takes the height it now needs.
                if (isVisible() && !m_sized) {
                    m_sized = true;
                    if (layout())
                        layout()->activate();
                    adjustSize();
                }
            },
            Qt::QueuedConnection);
    });

    // What each rotation does, in the owner's words, beside its button.
    auto* actions = new QGridLayout;
    actions->setColumnStretch(0, 1);
    actions->setHorizontalSpacing(24);
    const auto addAction = [&](int row, VaultKeyKind kind, const QString& buttonText, const QString& objectName,
                               const QString& explanation) {
        auto* name = new QLabel(vaultKeyKindDisplayName(kind), this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto* text = wrappedLabel(explanation, this);
        text->setObjectName(objectName + u"Help"_s);
        auto* button = new QPushButton(buttonText, this);
        button->setObjectName(objectName);
        button->setAutoDefault(false);
        actions->addWidget(name, 2 * row, 0);
        actions->addWidget(text, 2 * row + 1, 0);
        actions->addWidget(button, 2 * row, 1, 2, 1, Qt::AlignTop);
        actions->setRowMinimumHeight(2 * row + 1, 0);
        connect(button, &QPushButton::clicked, this, [this, kind] { rotate(kind); });
        return button;
    };
    m_rotateMaster = addAction(
        0, VaultKeyKind::Master, tr("Rotate &vault key…"), u"rotateMasterButton"_s,
        tr("The master key; encrypts the vault file. Rotating it re-encrypts the whole file under a new key and gives "
           "every employee's key slot and the recovery sheet the new key. It can take minutes on a large vault and "
           "cannot "
           "be cancelled once started, but a crash in the middle is safe."));
    m_rotateCardData =
        addAction(1, VaultKeyKind::CardData, tr("Rotate &card-data key…"), u"rotateCardDataButton"_s,
                  tr("Seals the stored card numbers. Rotating it seals every card number again to a new key and "
                     "issues every card access grant again; the old key is destroyed. It can be cancelled while "
                     "it runs."));
    m_rotateSigning = addAction(
        2, VaultKeyKind::Signing, tr("Rotate &signing key…"), u"rotateSigningButton"_s,
        tr("Signs documents, reports and audit checkpoints. Rotating it makes a new key; documents signed before stay "
           "verifiable with the old public key, which is kept. Give the new public key and fingerprint to whoever "
           "verifies your documents (Settings → Signing key…)."));

    // Vaults made before key rotation existed: the recovery slot is brought up to date once.
    m_recoveryBox = new QFrame(this);
    m_recoveryBox->setObjectName(u"recoveryCodeBox"_s);
    auto* recoveryLayout = new QGridLayout(m_recoveryBox);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    auto* recoveryHelp = wrappedLabel(tr("This vault was made before key rotation existed. The first rotation also "
                                         "brings the recovery sheet's key slot up to date, so that the sheet keeps "
                                         "opening the vault: type the recovery code from the sheet once."),
                                      m_recoveryBox);
    m_recoveryCode = new QLineEdit(m_recoveryBox);
    m_recoveryCode->setObjectName(u"recoveryCodeEdit"_s);
    m_recoveryCode->setEchoMode(QLineEdit::Password);
    m_recoveryCode->setPlaceholderText(tr("Recovery code"));
    auto* recoveryLabel = new QLabel(tr("Recovery co&de:"), m_recoveryBox);
    recoveryLabel->setBuddy(m_recoveryCode);
    recoveryLayout->addWidget(recoveryHelp, 0, 0, 1, 2);
    recoveryLayout->addWidget(recoveryLabel, 1, 0);
    recoveryLayout->addWidget(m_recoveryCode, 1, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(u"keysResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(8);
    m_result->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"keysButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addWidget(m_recoveryBox);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_table, m_rotateMaster);
    setTabOrder(m_rotateMaster, m_rotateCardData);
    setTabOrder(m_rotateCardData, m_rotateSigning);
    setTabOrder(m_rotateSigning, m_recoveryCode);

    refresh();
    m_table->setFocus(Qt::OtherFocusReason);
}

void KeysDialog::refresh()
{
    auto keys = vaultKeyStatus(m_session);
    if (!keys) {
        setResult(tr("The keys cannot be read: %1").arg(keys.errorMessage()), true);
        return;
    }
    const QDateTime now = m_session.clock().nowUtc();
    m_table->setRowCount(int(keys->size()));
    for (int row = 0; row < keys->size(); ++row) {
        const VaultKeyStatus& key = keys->at(row);
        const bool due = key.due.isValid() && key.due <= now;
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, vaultKeyKindToStorage(key.kind));
            m_table->setItem(row, column, item);
            return item;
        };
        set(ColKey, vaultKeyKindDisplayName(key.kind));
        set(ColSince, keyDay(key.since));
        // "Due now" in words (and bold), not in colour alone.
        QTableWidgetItem* dueItem = set(ColDue, due ? tr("%1 — due now").arg(keyDay(key.due)) : keyDay(key.due));
        if (due) {
            QFont bold = m_table->font();
            bold.setBold(true);
            dueItem->setFont(bold);
            dueItem->setToolTip(tr("This key is past its cryptoperiod: rotate it."));
        }
        QTableWidgetItem* fingerprint =
            set(ColFingerprint, key.fingerprint.isEmpty() ? tr("— (a secret key, no public part)")
                                                          : twoLineFingerprint(key.fingerprint));
        if (!key.fingerprint.isEmpty()) {
            fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            fingerprint->setToolTip(key.fingerprint);
        }
        QTableWidgetItem* retired = set(ColRetired, QString::number(key.retiredKeys));
        retired->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeRowsToContents();
    fitTable();

    auto needsCode = m_vault.recoveryNeedsCode(m_session);
    m_needsCode = needsCode && needsCode.value();
    m_recoveryBox->setVisible(m_needsCode);
    if (!m_needsCode)
        m_recoveryCode->clear();
}

void KeysDialog::fitTable()
{
    // Exactly as tall as its rows, so nothing scrolls out of sight in a three-row table.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    if (layout())
        layout()->activate();
}

void KeysDialog::fitHeight()
{
    // Word-wrapped text grows with a result message: the dialog grows with it.
    if (QLayout* l = layout(); l && isVisible()) {
        const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void KeysDialog::setResult(const QString& text, bool error)
{
    m_result->setText(text);
    QFont font = m_result->font();
    font.setBold(error);
    m_result->setFont(font);
    m_result->setVisible(!text.isEmpty());
    fitHeight();
}

bool KeysDialog::rotate(VaultKeyKind kind)
{
    if (m_rotating)
        return false;
    QString code;
    if (m_needsCode) {
        code = m_recoveryCode->text().trimmed();
        if (code.isEmpty()) {
            setResult(tr("Type the recovery code from the recovery sheet first: this vault needs it once."), true);
            m_recoveryCode->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    if (!Messages::confirm(this, tr("Key rotation"), confirmText(kind), tr("Rotate"))) {
        crypto::wipe(code);
        return false;
    }
    setResult({}, false);
    auto rotated = runRotation(kind, code);
    crypto::wipe(code);
    refresh();
    if (!rotated) {
        if (rotated.errorCode() == Errc::Cancelled) {
            setResult(tr("%1: cancelled. Nothing was changed; the current key stays in use.")
                          .arg(vaultKeyKindDisplayName(kind)),
                      false);
            return false;
        }
        if (rotated.errorCode() == Errc::WrongSecret && m_needsCode) {
            m_recoveryCode->selectAll();
            m_recoveryCode->setFocus(Qt::OtherFocusReason);
        }
        const QString message = tr("%1: not rotated. %2").arg(vaultKeyKindDisplayName(kind), rotated.errorMessage());
        setResult(message, true);
        Messages::warning(this, tr("Key rotation failed"), message);
        return false;
    }
    setResult(describe(rotated.value()), false);
    return true;
}

Result<KeyRotationResult> KeysDialog::runRotation(VaultKeyKind kind, const QString& recoveryCode)
{
    m_rotating = true;
    Result<KeyRotationResult> result = Error{};
    if (kind == VaultKeyKind::Master) {
        result = runMasterOnWorker(recoveryCode);
    } else if (kind == VaultKeyKind::CardData) {
        RotationProgressDialog progress(tr("Sealing the card numbers to the new key…"), true, this);
        progress.setRange(0, 1000);
        progress.setValue(0);
        // Shown at once (the owner just confirmed), so every step below keeps the window live
        // and Cancel answers.
        progress.showNow();
        result = m_vault.rotateKey(m_session, kind, recoveryCode, [&progress](qint64 done, qint64 total) {
            // QProgressDialog counts in int: per mille.
            progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
            return !progress.wasCanceled();
        });
    } else {
        // A new key pair and a handful of grants: quick, nothing to show beyond a busy cursor.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        result = m_vault.rotateKey(m_session, kind, recoveryCode);
        QApplication::restoreOverrideCursor();
    }
    m_rotating = false;
    return result;
}

Result<KeyRotationResult> KeysDialog::runMasterOnWorker(const QString& recoveryCode)
{
    // SQLCipher's rekey is one call that cannot report progress or stop: it runs on a worker
    // thread so the window keeps painting. The GUI thread leaves the session and the vault alone
    // until the thread has finished: this dialog and the busy dialog refuse to close, the main
    // window stopped its grant sweep before opening us, the sign-in self-check waits for open
    // dialogs, and anything else that tries meets the worker's Database::ThreadClaim (Busy).
    std::optional<Result<KeyRotationResult>> outcome;
    custos::Vault& vault = m_vault;
    custos::Session& session = m_session;
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &vault, &session, &recoveryCode] {
        outcome = vault.rotateKey(session, VaultKeyKind::Master, recoveryCode);
    }));
    worker->setObjectName(u"masterKeyRotation"_s);

    const QString label = tr("Re-encrypting the vault file under the new vault key. This cannot be cancelled; "
                             "should the computer stop, the vault opens with the old key or the new one.");
    RotationProgressDialog busy(label, false, this);
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer tick;
    tick.setInterval(1000);
    connect(&tick, &QTimer::timeout, &busy, [&busy, &elapsed, label] {
        const qint64 s = elapsed.elapsed() / 1000;
        busy.setLabelText(label + u"\n\n"_s + tr("Elapsed: %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    });

    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    busy.show();
    tick.start();
    // Input goes only to the modal busy dialog, which ignores Esc and close; timers still run.
    // `finished` arrives queued, so the loop ends even when the thread was quicker than this.
    loop.exec();
    worker->wait();
    tick.stop();
    busy.hide();
    if (!outcome)
        return Error{tr("The master key rotation stopped without a result."), Errc::Failed};
    return std::move(*outcome);
}

QString KeysDialog::describe(const KeyRotationResult& r) const
{
    // "in 0.0 s" read like nothing had happened on a small vault.
    const QString took = r.elapsedMs < 1000
                             ? tr("in under a second")
                             : tr("in %1 s").arg(QLocale().toString(double(r.elapsedMs) / 1000.0, 'f', 1));
    QString text;
    switch (r.kind) {
    case VaultKeyKind::Master:
        text = tr("The vault key was rotated %1: the vault file is encrypted under the new key. Key slots "
                  "holding it (employees and the recovery sheet): %2.")
                   .arg(took)
                   .arg(r.slotsRewrapped);
        break;
    case VaultKeyKind::CardData:
        text = tr("The card-data key was rotated %1. Card numbers sealed to the new key: %2. Card access "
                  "grants issued again: %3. The old key is destroyed.")
                   .arg(took)
                   .arg(r.cardsResealed)
                   .arg(r.grantsReissued);
        break;
    case VaultKeyKind::Signing:
        text = tr("The signing key was rotated %1. Documents signed before keep verifying with the old public "
                  "key. Give the new public key (Settings → Signing key… → Export) and its fingerprint to whoever "
                  "checks your documents.")
                   .arg(took);
        break;
    }
    if (!r.newFingerprint.isEmpty())
        text += u"\n"_s + tr("New fingerprint: %1").arg(r.newFingerprint);
    if (!r.oldFingerprint.isEmpty())
        text += u"\n"_s + tr("Old fingerprint: %1").arg(r.oldFingerprint);
    return text;
}

void KeysDialog::reject()
{
    // Closing (Esc, Close, or the idle lock asking every dialog to go) waits for the rotation.
    if (m_rotating)
        return;
    QDialog::reject();
}

void KeysDialog::closeEvent(QCloseEvent* event)
{
    if (m_rotating) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace custos::ui
