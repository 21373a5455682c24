#include "setup/WelcomePage.h"

#include "setup/FormStyle.h"
#include "setup/SetupState.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {
bool isEmptyOrMissing(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return true;
    return info.isDir() && QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

WelcomePage::WelcomePage(SetupState& state, QWidget* parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome to Custos"));
    setSubTitle(tr("Set up the encrypted back office for your orders, customers and staff. It takes about "
                   "five minutes."));

    auto* promise = new QLabel(this);
    promise->setObjectName(u"promiseLabel"_s);
    promise->setWordWrap(true);
    promise->setTextFormat(Qt::RichText);
    promise->setText(u"<p>%1</p><ul style=\"margin-left:-16px\"><li style=\"margin-bottom:4px\">%2</li>"
                     u"<li style=\"margin-bottom:4px\">%3</li><li>%4</li></ul>"_s.arg(
                         tr("Custos keeps the orders you take by phone, fax and mail, and the customers behind them."),
                         tr("<b>Everything is encrypted on this computer.</b> Nothing is sent anywhere."),
                         tr("<b>Card numbers are masked.</b> Staff see only what their role needs."),
                         tr("<b>Every access is recorded</b> in an audit log that cannot be quietly edited.")));

    auto* folderLabel = new QLabel(tr("&Vault folder"), this);
    folderLabel->setStyleSheet(u"font-weight: 600;"_s);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(u"vaultDirEdit"_s);
    m_folderEdit->setReadOnly(true);
    m_folderEdit->setFocusPolicy(Qt::ClickFocus); // Tab goes to "Change…"; the text can still be copied
    folderLabel->setBuddy(m_folderEdit);
    m_changeButton = new QPushButton(tr("C&hange…"), this);
    m_changeButton->setObjectName(u"changeFolderButton"_s);
    m_changeButton->setAutoDefault(false); // Enter stays "Next" (Space still presses it)
    m_folderNote = makeHint(tr("The folder must be empty or new. Back it up like any other important folder: "
                               "the backup stays encrypted."),
                            this, u"folderNote"_s);
    m_error = makeInlineError(this, u"welcomeError"_s);

    auto* restoreLabel = new QLabel(tr("Already have a backup?"), this);
    restoreLabel->setStyleSheet(u"font-weight: 600;"_s);
    auto* restoreNote = makeHint(tr("On a new computer, or after the old disk failed: restore the vault from its "
                                    "backup file instead of setting up a new one."),
                                 this, u"restoreNote"_s);
    m_restoreButton = new QPushButton(tr("&Restore from a backup…"), this);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setAutoDefault(false); // Enter stays "Next"
    connect(m_restoreButton, &QPushButton::clicked, this, &WelcomePage::restoreRequested);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restoreButton);
    restoreRow->addStretch(1);

    auto* folderRow = new QHBoxLayout;
    folderRow->setSpacing(8);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_changeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(promise);
    layout->addSpacing(16);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_folderNote);
    layout->addWidget(m_error);
    layout->addSpacing(16);
    layout->addWidget(restoreLabel);
    layout->addWidget(restoreNote);
    layout->addLayout(restoreRow);
    layout->addStretch(1);

    connect(m_changeButton, &QPushButton::clicked, this, &WelcomePage::chooseFolder);
}

void WelcomePage::initializePage()
{
    setFolder(m_state.vaultDir);
}

void WelcomePage::setFolder(const QString& dir)
{
    m_state.vaultDir = QDir::cleanPath(QDir(dir).absolutePath());
    m_folderEdit->setText(QDir::toNativeSeparators(m_state.vaultDir));
    m_folderEdit->setCursorPosition(0);
    showInlineError(m_error, QString());
}

void WelcomePage::chooseFolder()
{
    const QFileInfo current(m_state.vaultDir);
    const QString start = current.exists() ? current.absoluteFilePath() : current.absolutePath();
    QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the vault folder"), start);
    if (dir.isEmpty())
        return;
    // Picking "Documents" should not fail: the vault then gets a folder of its own inside it.
    if (!isEmptyOrMissing(dir) && !Vault::looksLikeVault(dir))
        dir = QDir(dir).filePath(tr("Custos vault"));
    setFolder(dir);
}

bool WelcomePage::validatePage()
{
    const QString dir = m_state.vaultDir;
    QString problem;
    if (Vault::looksLikeVault(dir))
        problem = tr("%1 already holds a Custos vault. Open it with Custos instead, or choose another folder.")
                      .arg(QDir::toNativeSeparators(dir));
    else if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        problem = tr("%1 is a file, not a folder. Choose a folder for the vault.").arg(QDir::toNativeSeparators(dir));
    else if (!isEmptyOrMissing(dir))
        problem =
            tr("%1 is not empty. Choose an empty or new folder for the vault.").arg(QDir::toNativeSeparators(dir));
    showInlineError(m_error, problem);
    if (!problem.isEmpty())
        m_changeButton->setFocus(Qt::OtherFocusReason);
    return problem.isEmpty();
}

} // namespace custos::ui
