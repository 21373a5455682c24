#include "main/HelpDialogs.h"

#include "app/AppOptions.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
public:
    static QString privacy(const QString& vaultDir)
    {
        return tr("<h3>What Custos keeps</h3>"
                  "<p>Customers, orders, employees and the audit log of this business — all in one vault folder "
                  "on this computer:<br><tt>%1</tt></p>"
                  "<p>Custos sends nothing over the network.</p>"
                  "<h3>How it protects it</h3>"
                  "<ul>"
                  "<li>The vault's database is encrypted (AES-256, SQLCipher) with a random key. Each employee's "
                  "password unlocks only their own copy of that key; Custos never stores passwords.</li>"
                  "<li>Card numbers are sealed so that only employees with a disclosure grant and a cleared "
                  "background check can read them in full; everyone else sees the last four digits. The security "
                  "code (CVV) is never stored.</li>"
                  "<li>Every sign-in, lock, change and disclosure is written to a tamper-evident audit log.</li>"
                  "<li>Custos locks itself when nobody has used it for a while, and locks an account after too many "
                  "wrong passwords.</li>"
                  "<li>If the owner forgets their password, only the printed recovery code can open the vault. "
                  "Keep the recovery sheet somewhere safe and away from this computer.</li>"
                  "</ul>")
            .arg(QDir::toNativeSeparators(vaultDir).toHtmlEscaped());
    }

    static QString about()
    {
        return tr("<h3>Custos %1</h3>"
                  "<p>A privacy-first back office for small businesses that take orders by phone, fax and "
                  "mail.</p>"
                  "<p>Built with Qt %2, SQLCipher and OpenSSL.</p>")
            .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()));
    }

    static QString privacyTitle() { return tr("Privacy & security"); }
    static QString aboutTitle() { return tr("About Custos"); }
};

// A plain dialog rather than QMessageBox, whose narrow fixed width makes long text a column.
void showBox(QWidget* parent, const QString& objectName, const QString& title, const QString& html)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    // Non-modal: it shows no vault data and may stay open over the lock page.
    dialog->setWindowModality(Qt::NonModal);

    auto* icon = new QLabel(dialog);
    icon->setPixmap(QIcon(u":/icons/org.custos.Custos.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(html, dialog);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setFixedWidth(520);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    dialog->show();
}

} // namespace

void showPrivacyDialog(QWidget* parent, const QString& vaultDir)
{
    showBox(parent, u"privacyDialog"_s, HelpText::privacyTitle(), HelpText::privacy(vaultDir));
}

void showAboutDialog(QWidget* parent)
{
    showBox(parent, u"aboutDialog"_s, HelpText::aboutTitle(), HelpText::about());
}

} // namespace custos::ui
