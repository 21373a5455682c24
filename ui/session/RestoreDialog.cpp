#include "session/RestoreDialog.h"

#include "common/Messages.h"
#include "core/Clock.h"
#include "session/WaitCursor.h"
#include "setup/FormStyle.h"
#include "vault/Keyring.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLockFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

// Where "Browse…" starts: the folder of the last backup file chosen in this run (there is no
// session before sign-in to read the configured backup folder from), else the home folder.
QString& lastBackupFolder()
{
    static QString folder;
    return folder;
}

// The same folder however it is spelled (symlinks, "..", a trailing slash); missing folders by path.
QString folderKey(const QString& dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool isMissingOrEmpty(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return true;
    return info.isDir() && QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// The business a vault folder belongs to, from its keyring (readable without a password).
QString vaultLabel(const QString& dir)
{
    auto keyring = Keyring::load(QDir(dir).filePath(QString::fromLatin1(Vault::kKeyringFile)));
    return keyring ? keyring->label : QString();
}

QLabel* makeValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* makeIntro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

RestoreDialog::RestoreDialog(const custos::Clock& clock, const QString& defaultTarget, QWidget* parent)
    : QDialog(parent), m_clock(clock)
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    m_runner = [](backup::BackupFile& file, const QString& target, const backup::Progress& progress) {
        return file.restoreTo(target, progress);
    };

    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(u"restoreStepLabel"_s);
    m_stepLabel->setTextFormat(Qt::PlainText);
    QFont stepFont = m_stepLabel->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.25);
    stepFont.setBold(true);
    m_stepLabel->setFont(stepFont);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"restoreStack"_s);
    m_stack->addWidget(buildFilePage());
    m_stack->addWidget(buildUnlockPage());
    m_stack->addWidget(buildTargetPage());
    m_stack->addWidget(buildConfirmPage());
    m_targetEdit->setText(QDir::toNativeSeparators(defaultTarget));

    m_backButton = new QPushButton(tr("< &Back"), this);
    m_backButton->setObjectName(u"restoreBackButton"_s);
    m_backButton->setAutoDefault(false);
    m_nextButton = new QPushButton(tr("&Next >"), this);
    m_nextButton->setObjectName(u"restoreNextButton"_s);
    m_restoreButton = new QPushButton(tr("&Restore"), this);
    m_restoreButton->setObjectName(u"restoreNowButton"_s);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"restoreCancelButton"_s);
    m_cancelButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &RestoreDialog::back);
    connect(m_nextButton, &QPushButton::clicked, this, &RestoreDialog::next);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::runRestore);
    connect(m_cancelButton, &QPushButton::clicked, this, &RestoreDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_restoreButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_cancelButton);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(line);
    layout->addLayout(buttons);
    setMinimumWidth(640);

    showStep(FileStep);
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::setRunner(Runner runner)
{
    m_runner = std::move(runner);
}

void RestoreDialog::setOpenVaultFolder(const QString& dir)
{
    m_openVaultDir = dir;
    updateTargetNote();
}

void RestoreDialog::setStartFolder(const QString& dir, bool remembered)
{
    m_startDir = dir;
    m_remembersTarget = remembered;
    updateTargetNote();
}

RestoreDialog::Step RestoreDialog::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

// ---- pages ---------------------------------------------------------------------------------------

QWidget* RestoreDialog::buildFilePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"restoreFilePage"_s);
    auto* intro = makeIntro(tr("Choose the backup file to restore (custos-backup-….cbk), for example on the USB "
                               "drive or network share the backups are written to. Nothing is changed before the "
                               "last step."),
                            page);

    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(u"backupFileEdit"_s);
    m_fileEdit->setPlaceholderText(tr("For example /media/backup/custos-backup-….cbk"));
    auto* browse = new QPushButton(tr("Bro&wse…"), page);
    browse->setObjectName(u"browseBackupButton"_s);
    browse->setAutoDefault(false); // Enter stays "Next"; Space still presses it
    auto* fileLabel = new QLabel(tr("Backup &file:"), page);
    fileLabel->setBuddy(m_fileEdit);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, row);

    m_headerLabel = makeValueLabel(page, u"backupHeaderLabel"_s);
    m_headerLabel->setStyleSheet(u"#backupHeaderLabel { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 4px; padding: 8px; }"_s);
    m_headerLabel->setVisible(false);
    m_fileError = makeInlineError(page, u"restoreFileError"_s);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_fileError);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
        m_headerLabel->setVisible(false);
        showInlineError(m_fileError, QString());
    });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        if (!path.isEmpty() && (path != m_loadedPath || !m_file))
            loadFile();
    });
    return page;
}

QWidget* RestoreDialog::buildUnlockPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"restoreUnlockPage"_s);
    auto* intro = makeIntro(tr("A backup is as well protected as the vault: it opens only with the password of an "
                               "owner who was in the vault when the backup was made, or with the vault's recovery "
                               "code."),
                            page);

    m_passwordRadio = new QRadioButton(tr("With an &owner's user name and password"), page);
    m_passwordRadio->setObjectName(u"unlockPasswordRadio"_s);
    m_passwordRadio->setChecked(true);
    m_username = new QLineEdit(page);
    m_username->setObjectName(u"restoreUsernameEdit"_s);
    m_username->setMaxLength(64);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"restorePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_recoveryRadio = new QRadioButton(tr("With the re&covery code from the recovery sheet"), page);
    m_recoveryRadio->setObjectName(u"unlockRecoveryRadio"_s);
    m_code = new QLineEdit(page);
    m_code->setObjectName(u"restoreRecoveryCodeEdit"_s);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setPlaceholderText(u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"_s);
    m_code->setMaxLength(80);

    // One grid, so that both choices' fields line up under their indented labels.
    auto* grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(2, 1);
    const auto addField = [page, grid](int row, const QString& text, QLineEdit* field) {
        auto* label = new QLabel(text, page);
        label->setBuddy(field);
        grid->addWidget(label, row, 1);
        grid->addWidget(field, row, 2);
    };
    grid->addWidget(m_passwordRadio, 0, 0, 1, 3);
    addField(1, tr("&User name:"), m_username);
    addField(2, tr("&Password:"), m_password);
    grid->setRowMinimumHeight(3, 8);
    grid->addWidget(m_recoveryRadio, 4, 0, 1, 3);
    addField(5, tr("Recovery co&de:"), m_code);

    m_unlockError = makeInlineError(page, u"restoreUnlockError"_s);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_unlockError);
    layout->addStretch(1);

    setTabOrder(m_passwordRadio, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_recoveryRadio);
    setTabOrder(m_recoveryRadio, m_code);

    const auto modeChanged = [this](bool checked) {
        if (!checked)
            return;
        updateUnlockMode();
        showInlineError(m_unlockError, QString());
    };
    connect(m_passwordRadio, &QRadioButton::toggled, this, modeChanged);
    connect(m_recoveryRadio, &QRadioButton::toggled, this, modeChanged);
    updateUnlockMode();
    return page;
}

QWidget* RestoreDialog::buildTargetPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"restoreTargetPage"_s);
    auto* intro = makeIntro(tr("The backup is intact and holds:"), page);

    m_previewBusiness = makeValueLabel(page, u"previewBusinessLabel"_s);
    m_previewMade = makeValueLabel(page, u"previewMadeLabel"_s);
    m_previewMadeBy = makeValueLabel(page, u"previewMadeByLabel"_s);
    m_previewCounts = makeValueLabel(page, u"previewCountsLabel"_s);
    m_previewSize = makeValueLabel(page, u"previewSizeLabel"_s);
    auto* preview = new QFormLayout;
    preview->setContentsMargins(12, 0, 0, 0);
    preview->addRow(tr("Business:"), m_previewBusiness);
    preview->addRow(tr("Made:"), m_previewMade);
    preview->addRow(tr("Made by:"), m_previewMadeBy);
    preview->addRow(tr("Holds:"), m_previewCounts);
    preview->addRow(tr("Size:"), m_previewSize);

    m_targetEdit = new QLineEdit(page);
    m_targetEdit->setObjectName(u"targetFolderEdit"_s);
    auto* choose = new QPushButton(tr("C&hoose…"), page);
    choose->setObjectName(u"chooseTargetButton"_s);
    choose->setAutoDefault(false);
    auto* targetLabel = new QLabel(tr("Restore &into folder:"), page);
    targetLabel->setStyleSheet(u"font-weight: 600;"_s);
    targetLabel->setBuddy(m_targetEdit);
    auto* row = new QHBoxLayout;
    row->addWidget(m_targetEdit, 1);
    row->addWidget(choose);

    m_targetNote = makeValueLabel(page, u"targetNoteLabel"_s);
    m_targetError = makeInlineError(page, u"restoreTargetError"_s);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(preview);
    layout->addSpacing(10);
    layout->addWidget(targetLabel);
    layout->addLayout(row);
    layout->addWidget(m_targetNote);
    layout->addWidget(m_targetError);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_targetEdit, &QLineEdit::textChanged, this, [this] {
        showInlineError(m_targetError, QString());
        updateTargetNote();
    });
    return page;
}

QWidget* RestoreDialog::buildConfirmPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"restoreConfirmPage"_s);
    m_confirmSummary = new QLabel(page);
    m_confirmSummary->setObjectName(u"confirmSummaryLabel"_s);
    m_confirmSummary->setTextFormat(Qt::RichText);
    m_confirmSummary->setWordWrap(true);
    m_confirmSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmSummary);
    layout->addStretch(1);
    return page;
}

// ---- navigation ----------------------------------------------------------------------------------

void RestoreDialog::showStep(Step step)
{
    static const char* const kTitles[] = {
        QT_TR_NOOP("Choose the backup file"),
        QT_TR_NOOP("Unlock the backup"),
        QT_TR_NOOP("Check the backup and choose where it goes"),
        QT_TR_NOOP("Confirm the restore"),
    };
    m_stack->setCurrentIndex(step);
    m_stepLabel->setText(tr("Step %1 of 4: %2").arg(step + 1).arg(tr(kTitles[step])));
    m_backButton->setVisible(step != FileStep);
    m_nextButton->setVisible(step != ConfirmStep);
    m_restoreButton->setVisible(step == ConfirmStep);
    m_nextButton->setDefault(step != ConfirmStep);
    m_restoreButton->setDefault(step == ConfirmStep);
    switch (step) {
    case FileStep:
        m_fileEdit->setFocus();
        break;
    case UnlockStep:
        updateUnlockMode();
        if (m_passwordRadio->isChecked())
            (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        else
            m_code->setFocus();
        break;
    case TargetStep:
        m_targetEdit->setFocus();
        m_targetEdit->selectAll();
        break;
    case ConfirmStep:
        m_restoreButton->setFocus();
        break;
    }
}

void RestoreDialog::next()
{
    switch (step()) {
    case FileStep:
        // Opened afresh: a key from an earlier unlock is dropped with the old object.
        if (loadFile()) {
            showInlineError(m_unlockError, QString());
            showStep(UnlockStep);
        }
        break;
    case UnlockStep:
        if (unlock()) {
            showPreview();
            showStep(TargetStep);
        }
        break;
    case TargetStep:
        if (validateTarget()) {
            showConfirmation();
            showStep(ConfirmStep);
        }
        break;
    case ConfirmStep:
        runRestore();
        break;
    }
}

void RestoreDialog::back()
{
    switch (step()) {
    case FileStep:
        break;
    case UnlockStep:
        showStep(FileStep);
        break;
    case TargetStep:
        // Unlocking again is needed (possibly as someone else): forget this unlock.
        loadFile();
        showStep(UnlockStep);
        break;
    case ConfirmStep:
        showStep(TargetStep);
        break;
    }
}

// ---- step 1: the file ----------------------------------------------------------------------------

void RestoreDialog::browse()
{
    QString start = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (start.isEmpty() || !QFileInfo(start).dir().exists())
        start = lastBackupFolder();
    if (start.isEmpty() || !QFileInfo(start).isReadable())
        start = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a backup file"), start,
                                                      tr("Custos backups (*.cbk);;All files (*)"));
    if (path.isEmpty())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    loadFile();
}

bool RestoreDialog::loadFile()
{
    m_file.reset();
    m_unlocked = false;
    m_loadedPath = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    m_headerLabel->setVisible(false);
    if (m_loadedPath.isEmpty()) {
        showInlineError(m_fileError, tr("Choose the backup file first (Browse…)."));
        m_fileEdit->setFocus();
        return false;
    }
    if (QFileInfo(m_loadedPath).isDir()) {
        showInlineError(m_fileError, tr("%1 is a folder. Choose the backup file inside it (custos-backup-….cbk).")
                                         .arg(QDir::toNativeSeparators(m_loadedPath)));
        m_fileEdit->setFocus();
        return false;
    }
    auto opened = backup::BackupFile::open(m_loadedPath);
    if (!opened) {
        QString text = opened.errorMessage();
        if (opened.errorCode() == Errc::Corrupt)
            text += u" "_s + tr("Choose another backup file (custos-backup-….cbk), for example an older one.");
        showInlineError(m_fileError, text);
        m_fileEdit->setFocus();
        m_fileEdit->selectAll();
        return false;
    }
    m_file = std::move(opened.value());
    lastBackupFolder() = QFileInfo(m_loadedPath).absolutePath();
    showInlineError(m_fileError, QString());

    const backup::Header& header = m_file->header();
    const QDateTime made = header.createdAt.toLocalTime();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const qint64 days = made.date().daysTo(today);
    QString age;
    if (days < 0)
        age = tr("in the future: check this computer's date and time");
    else if (days == 0)
        age = tr("today");
    else if (days == 1)
        age = tr("yesterday");
    else
        age = tr("%n days ago", nullptr, int(std::min<qint64>(days, 100000)));
    m_headerLabel->setText(tr("Backup of %1\nMade %2 at %3 (%4)\n%5")
                               .arg(header.business.isEmpty() ? tr("(no business name)") : header.business,
                                    QLocale().toString(made.date(), QLocale::LongFormat),
                                    QLocale().toString(made.time(), QLocale::ShortFormat), age,
                                    QLocale().formattedDataSize(QFileInfo(m_loadedPath).size())));
    m_headerLabel->setVisible(true);
    return true;
}

// ---- step 2: the unlock --------------------------------------------------------------------------

void RestoreDialog::updateUnlockMode()
{
    const bool byPassword = m_passwordRadio->isChecked();
    m_username->setEnabled(byPassword);
    m_password->setEnabled(byPassword);
    m_code->setEnabled(!byPassword);
    if (step() != UnlockStep || !isVisible())
        return;
    if (byPassword)
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
    else
        m_code->setFocus();
}

bool RestoreDialog::unlock()
{
    if (!m_file && !loadFile()) {
        showStep(FileStep);
        return false;
    }
    Result<backup::Preview> preview = Error{};
    if (m_passwordRadio->isChecked()) {
        const QString username = m_username->text().trimmed();
        // Take the password out of the field first, so `typed` holds the only reference to its
        // characters and wipe() can overwrite them in place.
        QString typed = m_password->text();
        m_password->setText(QString());
        if (username.isEmpty()) {
            crypto::wipe(typed);
            showInlineError(m_unlockError, tr("Enter an owner's user name."));
            m_username->setFocus();
            return false;
        }
        if (typed.isEmpty()) {
            showInlineError(m_unlockError, tr("Enter the owner's password."));
            m_password->setFocus();
            return false;
        }
        const crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(typed);
        crypto::wipe(typed);
        WaitCursor wait;
        preview = m_file->unlockWithPassword(username, password);
    } else {
        QString code = m_code->text();
        if (code.trimmed().isEmpty()) {
            showInlineError(m_unlockError, tr("Enter the recovery code printed on the recovery sheet."));
            m_code->setFocus();
            return false;
        }
        {
            WaitCursor wait;
            preview = m_file->unlockWithRecoveryCode(code);
        }
        crypto::wipe(code);
    }
    if (!preview) {
        QString text = preview.errorMessage();
        if (preview.errorCode() == Errc::Corrupt)
            text += u" "_s + tr("Choose an older backup.");
        showInlineError(m_unlockError, text);
        if (m_passwordRadio->isChecked()) {
            if (preview.errorCode() == Errc::Denied)
                m_username->selectAll();
            (preview.errorCode() == Errc::Denied ? m_username : m_password)->setFocus();
        } else {
            m_code->setFocus();
            m_code->selectAll();
        }
        return false;
    }
    m_preview = preview.value();
    m_unlocked = true;
    m_code->setText(QString());
    showInlineError(m_unlockError, QString());
    return true;
}

// ---- step 3: preview and target ------------------------------------------------------------------

void RestoreDialog::showPreview()
{
    const QLocale locale;
    const QDateTime made = m_preview.createdAt.toLocalTime();
    m_previewBusiness->setText(m_preview.business.isEmpty() ? tr("(no business name)") : m_preview.business);
    m_previewMade->setText(tr("%1 at %2")
                               .arg(locale.toString(made.date(), QLocale::LongFormat),
                                    locale.toString(made.time(), QLocale::ShortFormat)));
    m_previewMadeBy->setText(m_preview.createdBy.isEmpty() ? tr("(not recorded)") : m_preview.createdBy);
    m_previewCounts->setText(
        tr("Customers: %1, orders: %2, employees: %3, audit events: %4")
            .arg(locale.toString(m_preview.counts.customers), locale.toString(m_preview.counts.orders),
                 locale.toString(m_preview.counts.employees), locale.toString(m_preview.counts.auditEvents)));
    m_previewSize->setText(locale.formattedDataSize(m_preview.sizeBytes));
    updateTargetNote();
}

QString RestoreDialog::targetDir() const
{
    const QString typed = QDir::fromNativeSeparators(m_targetEdit->text().trimmed());
    return typed.isEmpty() ? QString() : QDir::cleanPath(QDir(typed).absolutePath());
}

bool RestoreDialog::isOpenVault(const QString& dir) const
{
    return !m_openVaultDir.isEmpty() && !dir.isEmpty() && folderKey(dir) == folderKey(m_openVaultDir);
}

void RestoreDialog::updateTargetNote()
{
    if (!m_targetNote)
        return;
    const QString dir = targetDir();
    QString note;
    if (dir.isEmpty()) {
        note = tr("Choose a new or empty folder, or the folder of the vault to replace.");
    } else if (Vault::looksLikeVault(dir)) {
        const QString label = vaultLabel(dir);
        const QString aside = QDir::toNativeSeparators(dir) + u".before-restore-"_s + tr("<date-time>");
        if (isOpenVault(dir))
            note = tr("This is the folder of the vault open now (%1). It is not overwritten: Custos closes it and "
                      "moves it aside, untouched, to \"%2\", where it can still be opened. Everything entered "
                      "after the backup was made stays in that copy only.")
                       .arg(label.isEmpty() ? tr("no business name") : label, aside);
        else
            note = tr("This folder holds a vault (%1). It is not overwritten: it is moved aside, untouched, to "
                      "\"%2\", where it can still be opened.")
                       .arg(label.isEmpty() ? tr("no business name") : label, aside);
    } else if (isMissingOrEmpty(dir)) {
        note = tr("The vault is restored into this new folder; nothing else is changed.");
    }
    if (!dir.isEmpty() && !m_startDir.isEmpty() && folderKey(dir) != folderKey(m_startDir))
        note += (note.isEmpty() ? QString() : u"\n"_s) +
                (m_remembersTarget
                     ? tr("Custos opens the restored vault right away, and from this folder at every start from "
                          "now on (instead of %1).")
                           .arg(QDir::toNativeSeparators(m_startDir))
                     : tr("Custos opens the restored vault right away, but at start it looks in %1: to open this "
                          "vault next time, start Custos with --vault \"%2\".")
                           .arg(QDir::toNativeSeparators(m_startDir), QDir::toNativeSeparators(dir)));
    m_targetNote->setText(note);
    m_targetNote->setVisible(!note.isEmpty());
}

void RestoreDialog::chooseTarget()
{
    const QString current = targetDir();
    QString start = current;
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).absolutePath() != start)
        start = QFileInfo(start).absolutePath();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    QString dir = QFileDialog::getExistingDirectory(this, tr("Restore the vault into"), start);
    if (dir.isEmpty())
        return;
    // Picking "Documents" should not fail: the vault then gets a folder of its own inside it.
    if (!isMissingOrEmpty(dir) && !Vault::looksLikeVault(dir))
        dir = QDir(dir).filePath(tr("Custos vault"));
    m_targetEdit->setText(QDir::toNativeSeparators(dir));
    m_targetEdit->setFocus();
}

bool RestoreDialog::validateTarget()
{
    const QString dir = targetDir();
    QString problem;
    if (dir.isEmpty()) {
        problem = tr("Choose the folder to restore the vault into.");
    } else if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
        problem = tr("%1 is a file, not a folder. Choose a folder for the vault.").arg(QDir::toNativeSeparators(dir));
    } else if (!isMissingOrEmpty(dir) && !Vault::looksLikeVault(dir)) {
        problem = tr("%1 is not empty and holds no vault. Choose an empty or new folder: the restored vault needs a "
                     "folder of its own.")
                      .arg(QDir::toNativeSeparators(dir));
    } else {
        // Not inside another vault's folder (it would be moved aside with it, or mixed into it).
        for (QString parent = QFileInfo(dir).absolutePath(); !parent.isEmpty();) {
            if (Vault::looksLikeVault(parent)) {
                problem = tr("%1 is inside the vault folder %2. Choose a folder outside it.")
                              .arg(QDir::toNativeSeparators(dir), QDir::toNativeSeparators(parent));
                break;
            }
            const QString up = QFileInfo(parent).absolutePath();
            if (up == parent)
                break;
            parent = up;
        }
    }
    showInlineError(m_targetError, problem);
    if (!problem.isEmpty()) {
        m_targetEdit->setFocus();
        m_targetEdit->selectAll();
    }
    return problem.isEmpty();
}

// ---- step 4: confirm and restore -----------------------------------------------------------------

void RestoreDialog::showConfirmation()
{
    const QString dir = targetDir();
    const QLocale locale;
    const QDateTime made = m_preview.createdAt.toLocalTime();
    QString html =
        u"<p>"_s +
        tr("Restore the backup of <b>%1</b> made %2 at %3 by %4 (customers: %5, orders: %6, employees: "
           "%7)")
            .arg(m_preview.business.toHtmlEscaped(), locale.toString(made.date(), QLocale::LongFormat),
                 locale.toString(made.time(), QLocale::ShortFormat),
                 (m_preview.createdBy.isEmpty() ? tr("(not recorded)") : m_preview.createdBy).toHtmlEscaped(),
                 locale.toString(m_preview.counts.customers), locale.toString(m_preview.counts.orders),
                 locale.toString(m_preview.counts.employees)) +
        u"</p><p>"_s + tr("into <b>%1</b>?").arg(QDir::toNativeSeparators(dir).toHtmlEscaped()) + u"</p>"_s;
    if (Vault::looksLikeVault(dir)) {
        html += u"<p>"_s +
                tr("The vault now in that folder is moved aside, untouched, to <b>%1</b>. Nothing is deleted or "
                   "overwritten; orders and customers entered after %2 are only in that copy.")
                    .arg((QDir::toNativeSeparators(dir) + u".before-restore-"_s + tr("<date-time>")).toHtmlEscaped(),
                         locale.toString(made, QLocale::ShortFormat).toHtmlEscaped()) +
                u"</p>"_s;
        if (isOpenVault(dir))
            html += u"<p>"_s +
                    tr("Custos closes the open vault for the restore and then shows the sign-in window of "
                       "the restored one.") +
                    u"</p>"_s;
    } else {
        html += u"<p>"_s + tr("The folder is new or empty; no other vault is changed.") + u"</p>"_s;
    }
    html += u"<p>"_s +
            tr("Sign in afterwards with an account of the backup: passwords are those of the day it was made.") +
            u"</p>"_s;
    m_confirmSummary->setText(html);
}

void RestoreDialog::runRestore()
{
    if (!m_file || !m_unlocked) {
        showStep(UnlockStep);
        return;
    }
    if (!validateTarget()) {
        showStep(TargetStep);
        return;
    }
    const QString dir = targetDir();
    // A vault another Custos (or custos-cli) has open is not moved from under it.
    if (Vault::looksLikeVault(dir) && !isOpenVault(dir)) {
        QLockFile probe(QDir(dir).filePath(QString::fromLatin1(Vault::kLockFile)));
        probe.setStaleLockTime(0); // only a lock whose process is gone is stale
        if (!probe.tryLock(0)) {
            Messages::warning(this, tr("The backup was not restored"),
                              tr("The vault in %1 is open in another Custos window or in custos-cli. Close it there "
                                 "and try again. Nothing was changed.")
                                  .arg(QDir::toNativeSeparators(dir)));
            return;
        }
    }

    QProgressDialog progress(tr("Restoring the vault…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(u"restoreProgress"_s);
    progress.setWindowTitle(tr("Restore"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    auto result = m_runner(*m_file, dir, [&progress](double fraction, const QString& phase) {
        progress.setLabelText(phase + u"…"_s);
        progress.setValue(int(fraction * 1000));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result) {
        if (result.errorCode() == Errc::Cancelled)
            Messages::information(this, tr("Restore cancelled"), tr("The restore was cancelled. Nothing was changed."));
        else
            Messages::warning(
                this, tr("The backup was not restored"),
                tr("%1\n\nNothing was lost: no vault was replaced, changed or deleted.").arg(result.errorMessage()));
        return;
    }
    m_restored = result.value();
    QString text = tr("The backup of %1 is restored into %2.")
                       .arg(m_preview.business, QDir::toNativeSeparators(m_restored.vaultDir));
    if (!m_restored.previousMovedTo.isEmpty())
        text += u"\n\n"_s + tr("The vault that was there is kept, untouched, in %1.")
                                .arg(QDir::toNativeSeparators(m_restored.previousMovedTo));
    text += u"\n\n"_s + tr("Sign in with an account of the backup. An owner who does not know the password of that "
                           "day can use \"Forgot password?\" with the recovery code.");
    Messages::information(this, tr("Backup restored"), text);
    QDialog::accept();
}

} // namespace custos::ui
