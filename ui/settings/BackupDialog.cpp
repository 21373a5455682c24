#include "settings/BackupDialog.h"

#include "common/Messages.h"
#include "selfcheck/IntegrityScan.h"
#include "vault/Backup.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

BackupDialog::BackupDialog(custos::Vault& vault, custos::Session& session, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_session(session)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Backups"));
    const bool owner = session.employee().role == Role::Owner;
    auto settings = backup::loadSettings(session);

    auto* intro = new QLabel(tr("A backup is one encrypted file holding the whole vault, as well protected as the "
                                "vault itself: it opens only with an owner's password or the recovery code. Keep "
                                "backups on a USB drive or a network share, not on this computer's own disk."),
                             this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"backupFolderEdit"_s);
    m_folder->setPlaceholderText(tr("For example a USB drive: /media/backup"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(u"chooseBackupFolderButton"_s);
    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_keep = new QSpinBox(this);
    m_keep->setObjectName(u"backupKeepSpin"_s);
    m_keep->setRange(1, backup::kMaxKeep);
    m_keep->setSuffix(tr(" backups"));

    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(u"backupScheduleCombo"_s);
    m_schedule->addItem(tr("Only when I click Back up now"), u"off"_s);
    m_schedule->addItem(tr("At every sign-out"), u"sign_out"_s);
    m_schedule->addItem(tr("Once a day, at sign-out"), u"daily"_s);

    if (settings) {
        m_folder->setText(QDir::toNativeSeparators(settings->folder));
        m_keep->setValue(settings->keep);
        m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(settings->schedule)));
    }

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder); // the row holds a layout, so QFormLayout cannot set the buddy
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Back up &automatically:"), m_schedule);
    for (QWidget* w : {static_cast<QWidget*>(m_folder), static_cast<QWidget*>(choose), static_cast<QWidget*>(m_keep),
                       static_cast<QWidget*>(m_schedule)})
        w->setEnabled(owner);

    m_last = new QLabel(this);
    m_last->setObjectName(u"lastBackupLabel"_s);
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setMinimumHeight(110);

    m_error = new QLabel(this);
    m_error->setObjectName(u"backupError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_backUpNow = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backUpNow->setObjectName(u"backUpNowButton"_s);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupDialog::backUp);
    if (owner) {
        QPushButton* save = buttons->addButton(QDialogButtonBox::Save);
        save->setObjectName(u"backupSaveButton"_s);
        save->setDefault(true);
        connect(save, &QPushButton::clicked, this, &BackupDialog::accept);
    }
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"backupCloseButton"_s);
    connect(close, &QPushButton::clicked, this, &BackupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto* lastTitle = new QLabel(tr("<b>Last verified backup</b>"), this);
    layout->addWidget(lastTitle);
    layout->addWidget(m_last);
    auto* listTitle = new QLabel(tr("<b>Backups of this vault in the folder</b>"), this);
    layout->addWidget(listTitle);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    refreshStatus();
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupDialog::refreshStatus);
}

void BackupDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                                                     : QDir::fromNativeSeparators(m_folder->text());
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!dir.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(dir));
        refreshStatus();
    }
}

void BackupDialog::refreshStatus()
{
    auto last = backup::lastSuccess(m_session);
    if (!last || !last->isValid()) {
        m_last->setText(tr("None yet. Make one now: a vault without a backup is one dead disk away from losing every "
                           "customer and order."));
    } else {
        const qint64 days = last->daysTo(m_session.clock().nowUtc());
        const QString when = QLocale().toString(last->toLocalTime(), QLocale::ShortFormat);
        if (days <= 0)
            m_last->setText(tr("%1 (today)").arg(when));
        else if (days == 1)
            m_last->setText(tr("%1 (yesterday)").arg(when));
        else
            m_last->setText(tr("%1 (%2 days ago)").arg(when).arg(days));
    }
    m_list->clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty())
        return;
    for (const auto& [path, header] : backup::listBackups(folder, m_session.vaultId())) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 — %3")
                .arg(QLocale().toString(header.createdAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().formattedDataSize(QFileInfo(path).size()), QFileInfo(path).fileName()),
            m_list);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

QString BackupDialog::backUpNow(custos::Vault& vault, custos::Session& session, const QString& folder, int keep,
                                QWidget* parent)
{
    QProgressDialog progress(tr("Making the backup…"), tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(u"backupProgress"_s);
    progress.setWindowTitle(tr("Backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    // A security check reading the whole vault holds a read transaction that keeps the journal
    // from being emptied; the fast page-for-page copy needs it empty (without it the backup falls
    // back to rebuilding every table, minutes on a large vault). Its scan ends by itself.
    if (IntegrityScan::busy()) {
        progress.setLabelText(tr("Waiting for the security check to finish reading the vault…"));
        // Shown now, not after its usual delay: while it is open the check's own results wait
        // (SelfCheckPage::finishCheck) instead of running inside this loop.
        progress.show();
        while (IntegrityScan::busy() && !progress.wasCanceled()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        if (progress.wasCanceled())
            return {};
        progress.setLabelText(tr("Making the backup…"));
    }
    auto created = backup::createBackup(session, vault.directory(), folder, keep,
                                        [&progress](double fraction, const QString& phase) {
                                            progress.setLabelText(phase + u"…"_s);
                                            progress.setValue(int(fraction * 1000));
                                            return !progress.wasCanceled();
                                        });
    progress.reset();
    if (!created) {
        if (created.errorCode() != Errc::Cancelled)
            Messages::warning(parent, tr("Backup failed"), created.errorMessage());
        return {};
    }
    return created->path;
}

void BackupDialog::runScheduled(custos::Vault& vault, custos::Session& session, QWidget* parent)
{
    auto settings = backup::loadSettings(session);
    if (!settings || settings->schedule == QLatin1String("off") || settings->folder.isEmpty())
        return;
    if (settings->schedule == QLatin1String("daily")) {
        auto last = backup::lastSuccess(session);
        if (last && last->isValid() && last->secsTo(session.clock().nowUtc()) < 24 * 3600)
            return;
    }
    backUpNow(vault, session, settings->folder, settings->keep, parent);
}

bool BackupDialog::saveSettings()
{
    backup::Settings s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.keep = m_keep->value();
    s.schedule = m_schedule->currentData().toString();
    auto saved = backup::saveSettings(m_session, s);
    m_error->setVisible(!saved);
    if (!saved) {
        m_error->setText(saved.errorMessage());
        return false;
    }
    return true;
}

void BackupDialog::backUp()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_error->setText(tr("Choose a backup folder first."));
        m_error->setVisible(true);
        m_folder->setFocus();
        return;
    }
    m_error->setVisible(false);
    const QString path = backUpNow(m_vault, m_session, folder, m_keep->value(), this);
    refreshStatus();
    if (!path.isEmpty())
        Messages::information(this, tr("Backup made"),
                              tr("The backup was written and verified:\n%1").arg(QDir::toNativeSeparators(path)));
}

void BackupDialog::accept()
{
    if (m_session.employee().role == Role::Owner && !saveSettings())
        return;
    QDialog::accept();
}

} // namespace custos::ui
