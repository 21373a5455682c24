// Order forms, order confirmations, the privacy notice and the document settings, rendered to
// real PDFs from a real vault and read back with pdftotext / pdfinfo.
#include "audit/AuditLog.h"
#include "documents/DocumentSettings.h"
#include "documents/OrderForms.h"
#include "documents/PrivacyNotice.h"
#include "documents/Signing.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kClerkUser = u"colin"_s;
const QString kClerkPassword = u"quartz-Lantern-meadow-94"_s;

// CUSTOS_KEEP_PDF_DIR=DIR keeps a copy of each rendered PDF to look at.
void keep(const QString& path, const QString& name)
{
    const QString dir = qEnvironmentVariable("CUSTOS_KEEP_PDF_DIR");
    if (!dir.isEmpty()) {
        QFile::remove(dir + u'/' + name);
        QFile::copy(path, dir + u'/' + name);
    }
}

// Page 1 is the form with its CVV strip at the bottom, page 2 the privacy notice: a form that
// spills over puts the strip on a page of its own.
int pageCount(const QString& info)
{
    return QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
}

QString pdfInfo(const QString& path)
{
    const CliRun r = runProcess(u"pdfinfo"_s, {path});
    return r.code == 0 ? r.out : QString();
}

QList<AuditEvent> events(Session& session, const QString& action)
{
    AuditQuery q;
    q.action = action;
    q.limit = 1000;
    auto found = session.auditLog().recent(q);
    return found ? found.value() : QList<AuditEvent>{};
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4), Qt::black);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

// The text of a PDF as a reader would search it: ligature glyphs ("ﬁ", "ﬀ") read as letters.
static QString documentText(const QString& path)
{
    return custos::test::pdfText(path).normalized(QString::NormalizationForm_KC);
}

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_session.reset();
        m_vault.reset();
    }

    void blankFormCarriesBusinessNoticeCvvStripAndSerial()
    {
        openVault();
        const QString path = m_dir.filePath(u"form.pdf"_s);
        auto ids = documents::saveBlankForms(*m_session, path, 1);
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), 1);
        keep(path, u"blank-form.pdf"_s);
        const QString text = documentText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const BusinessProfile b = sampleBusiness();
        for (const QString& expected :
             {b.legalName, b.street, b.city, b.postalCode, b.phone, b.fax, b.email, b.privacyContact, u"Order form"_s,
              u"Residence address"_s, u"Contact phone number"_s, u"Name on the card"_s, u"Signature"_s,
              u"Cut off along the dotted line"_s, u"PCI DSS 3.3.1.2"_s, u"Card security code"_s,
              documents::formSerial(ids->first())})
            QVERIFY2(text.contains(expected), qPrintable(u"missing on the form: "_s + expected));
        // The privacy notice in full, with the business filled in and the CVV promise.
        QVERIFY(text.contains(u"security code (CVV) is never written down or stored"_s));
        QVERIFY(text.contains(u"supervisory authority"_s));
        QVERIFY(!text.contains(u"{business}"_s));
        QVERIFY(!text.contains(u"provisional"_s));
        QVERIFY(pdfInfo(path).contains(u"A4"_s));

        const auto saved = events(*m_session, audit::kDocumentSaved);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().target, u"form:"_s + documents::formSerial(ids->first()));
        QVERIFY(saved.first().details.contains(u"serial=%1"_s.arg(ids->first())));
    }

    void copiesGetIncreasingSerialsEachAudited()
    {
        openVault();
        const QString path = m_dir.filePath(u"forms.pdf"_s);
        auto first = documents::saveBlankForms(*m_session, path, 1);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        auto next = documents::nextDocumentId(m_session->database());
        QVERIFY(next.ok());
        auto ids = documents::saveBlankForms(*m_session, path, 3);
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), 3);
        QCOMPARE(ids->at(0), next.value());
        QVERIFY(ids->at(0) > first->first());
        QVERIFY(ids->at(0) < ids->at(1) && ids->at(1) < ids->at(2));
        const QString text = documentText(path);
        for (qint64 id : ids.value())
            QVERIFY2(text.contains(documents::formSerial(id)), qPrintable(documents::formSerial(id)));
        QVERIFY(!text.contains(documents::formSerial(first->first())));
        // One copy is at least a page; three copies at least three pages.
        const QString info = pdfInfo(path);
        const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
        const int count = pages.match(info).captured(1).toInt();
        QVERIFY2(count >= 3, qPrintable(info));
        QCOMPARE(events(*m_session, audit::kDocumentSaved).size(), 4);
        QVERIFY(!documents::saveBlankForms(*m_session, path, 0).ok());
        QCOMPARE(documents::saveBlankForms(*m_session, path, documents::kMaxFormCopies + 1).errorCode(), Errc::Invalid);
    }

    void confirmationShowsLast4OnlyWhateverTheRole_data()
    {
        QTest::addColumn<bool>("asClerk");
        QTest::newRow("owner") << false;
        QTest::newRow("clerk") << true;
    }

    void confirmationShowsLast4OnlyWhateverTheRole()
    {
        QFETCH(bool, asClerk);
        openVault();
        auto customerId = addCustomer(*m_session);
        QVERIFY2(customerId.ok(), qPrintable(customerId.errorMessage()));
        auto number = addOrder(*m_session, customerId.value(), u"4242424242424242"_s);
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        auto order = OrderService(*m_session).getByNumber(number.value());
        QVERIFY(order.ok());
        if (asClerk) {
            QVERIFY(addEmployee(*m_vault, *m_session, kClerkUser, u"Colin Clerk"_s, Role::Clerk, kClerkPassword).ok());
            m_session.reset();
            auto clerk = signIn(*m_vault, kClerkUser, kClerkPassword);
            QVERIFY2(clerk.ok(), qPrintable(clerk.errorMessage()));
            m_session = std::move(clerk.value());
        }
        const QString path = m_dir.filePath(u"confirmation.pdf"_s);
        auto id = documents::saveOrderConfirmation(*m_session, order->id, path);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        keep(path, u"confirmation.pdf"_s);
        const QString text = documentText(path);
        for (const QString& expected :
             {sampleBusiness().legalName, sampleBusiness().fax, u"Order confirmation"_s, number.value(), u"Zoë Smith"_s,
              u"12 Harbour Road"_s, u"Brass hinge"_s, u"25.00"_s, u"Visa •••• 4242"_s, u"Phone"_s, u"Received"_s})
            QVERIFY2(text.contains(expected),
                     qPrintable(u"missing on the confirmation: "_s + expected + u"\n"_s + text));
        QVERIFY(text.contains(u"security code is never written down"_s)); // the short notice
        QVERIFY(!text.contains(u"4242424242424242"_s));
        QVERIFY(!text.contains(u"424242"_s)); // no BIN, whatever the role
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("4242424242424242"));
        QVERIFY(!bytes.contains("424242"));

        const auto saved = events(*m_session, audit::kDocumentSaved);
        QVERIFY(!saved.isEmpty());
        QCOMPARE(saved.first().target, u"order:"_s + number.value());
        QVERIFY(saved.first().details.contains(u"serial=%1"_s.arg(id.value())));
        QVERIFY(!saved.first().details.contains(u"4242"_s));
    }

    void unknownOrderIsNotFound()
    {
        openVault();
        auto id = documents::saveOrderConfirmation(*m_session, 999999, m_dir.filePath(u"none.pdf"_s));
        QCOMPARE(id.errorCode(), Errc::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
    }

    void missingBusinessFieldsShowBracketsNotBlanks()
    {
        BusinessProfile sparse = sampleBusiness();
        sparse.fax.clear();
        sparse.email.clear();
        sparse.privacyContact.clear();
        sparse.street.clear();
        sparse.city.clear();
        sparse.region.clear();
        sparse.postalCode.clear();
        sparse.country.clear();
        openVault(sparse);
        const QString path = m_dir.filePath(u"sparse.pdf"_s);
        auto ids = documents::saveBlankForms(*m_session, path, 1);
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        keep(path, u"sparse.pdf"_s);
        const QString text = documentText(path);
        QVERIFY(text.contains(u"[fax number not set]"_s));
        QVERIFY(text.contains(u"[email address not set]"_s));
        QVERIFY(text.contains(u"[address not set]"_s));
        QVERIFY(text.contains(u"[privacy contact not set]"_s));
        QVERIFY(text.contains(sparse.legalName));

        const QString rendered = documents::renderPrivacyText(u"Fax {fax}, write to {privacy_contact}."_s, sparse, 0);
        QCOMPARE(rendered, u"Fax [fax number not set], write to [privacy contact not set]."_s);
    }

    void placeholdersRenderOnceAndRetentionInWords()
    {
        BusinessProfile b = sampleBusiness();
        b.legalName = u"Odd {fax} Name"_s; // a detail that looks like a placeholder is not expanded again
        QCOMPARE(documents::renderPrivacyText(u"{business} / {fax} / {retention_days} / {card_retention}"_s, b, 30),
                 u"Odd {fax} Name / +44 1326 000001 / 30 / 30 days after the payment has been taken"_s);
        QCOMPARE(documents::renderPrivacyText(u"{card_retention}"_s, b, 0), u"as soon as the payment has been taken"_s);
        const auto placeholders = documents::privacyNoticePlaceholders();
        for (const QString& p : {u"{business}"_s, u"{address}"_s, u"{phone}"_s, u"{fax}"_s, u"{email}"_s,
                                 u"{privacy_contact}"_s, u"{retention_days}"_s})
            QVERIFY2(placeholders.contains(p), qPrintable(p));
        // The default notice uses only known placeholders and covers Art. 13's points.
        const auto notice = documents::defaultPrivacyNotice();
        const QString full = documents::renderPrivacyText(notice.fullText, sampleBusiness(), 0);
        QVERIFY(!full.contains(u'{'));
        for (const QString& point : {u"Quayside Stationers Ltd."_s, u"privacy@quayside.example"_s,
                                     u"residence address"_s, u"card number"_s, u"never written down or stored"_s,
                                     u"encrypted"_s, u"authorised"_s, u"erase"_s, u"supervisory authority"_s})
            QVERIFY2(full.contains(point), qPrintable(point));
        const QString script = documents::renderPrivacyText(notice.phoneScript, sampleBusiness(), 0);
        QVERIFY(script.size() < 600);
        QVERIFY(!script.contains(u'{'));
    }

    void privacyNoticeSavesRefusesUnknownPlaceholdersAndIsOwnerOnly()
    {
        openVault();
        auto loaded = documents::loadPrivacyNotice(m_session->database());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->fullText, documents::defaultPrivacyNotice().fullText);

        documents::PrivacyNotice edited;
        edited.fullText = u"We at {business} keep your data safe. Write to {privacy_contact}."_s;
        edited.phoneScript = u"{business} keeps your data safe."_s;
        auto saved = documents::savePrivacyNotice(*m_session, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        loaded = documents::loadPrivacyNotice(m_session->database());
        QCOMPARE(loaded->fullText, edited.fullText);
        QCOMPARE(loaded->phoneScript, edited.phoneScript);
        QCOMPARE(events(*m_session, audit::kPrivacyNoticeChanged).size(), 1);

        // The edited notice is what the form prints.
        const QString path = m_dir.filePath(u"edited.pdf"_s);
        QVERIFY(documents::saveBlankForms(*m_session, path, 1).ok());
        QVERIFY(documentText(path).contains(u"We at Quayside Stationers Ltd. keep your data safe."_s));

        documents::PrivacyNotice bad = edited;
        bad.fullText += u" Call {telefax}."_s;
        auto refused = documents::savePrivacyNotice(*m_session, bad);
        QCOMPARE(refused.errorCode(), Errc::Invalid);
        QVERIFY2(refused.errorMessage().contains(u"{telefax}"_s), qPrintable(refused.errorMessage()));
        bad = edited;
        bad.fullText = QString(documents::kMaxPrivacyNoticeChars + 1, u'x');
        QCOMPARE(documents::savePrivacyNotice(*m_session, bad).errorCode(), Errc::Invalid);
        bad = edited;
        bad.phoneScript = u"   "_s;
        QCOMPARE(documents::savePrivacyNotice(*m_session, bad).errorCode(), Errc::Invalid);
        QCOMPARE(documents::loadPrivacyNotice(m_session->database())->fullText, edited.fullText);

        // Restoring the default stores "not customised".
        QVERIFY(documents::savePrivacyNotice(*m_session, documents::defaultPrivacyNotice()).ok());
        QCOMPARE(documents::loadPrivacyNotice(m_session->database())->fullText,
                 documents::defaultPrivacyNotice().fullText);

        QVERIFY(addEmployee(*m_vault, *m_session, kClerkUser, u"Colin Clerk"_s, Role::Clerk, kClerkPassword).ok());
        m_session.reset();
        auto clerk = signIn(*m_vault, kClerkUser, kClerkPassword);
        QVERIFY(clerk.ok());
        m_session = std::move(clerk.value());
        QCOMPARE(documents::savePrivacyNotice(*m_session, edited).errorCode(), Errc::Denied);
        m_session.reset();
        auto owner = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY(owner.ok());
        m_session = std::move(owner.value());
        const auto denied = events(*m_session, audit::kPrivacyNoticeChanged);
        QVERIFY(!denied.isEmpty());
        QCOMPARE(denied.first().outcome, audit::kDenied);
    }

    void paperSizeFollowsTheSettings_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("pdfinfoSays");
        QTest::newRow("a4") << int(QPageSize::A4) << u"595 x 842 pts (A4)"_s;
        QTest::newRow("letter") << int(QPageSize::Letter) << u"612 x 792 pts (letter)"_s;
    }

    void paperSizeFollowsTheSettings()
    {
        QFETCH(int, size);
        QFETCH(QString, pdfinfoSays);
        openVault();
        documents::DocumentSettings settings;
        settings.pageSize = QPageSize::PageSizeId(size);
        auto saved = documents::saveDocumentSettings(*m_session, settings);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(documents::loadDocumentSettings(m_session->database())->pageSize, QPageSize::PageSizeId(size));
        const QString form = m_dir.filePath(u"form.pdf"_s);
        QVERIFY(documents::saveBlankForms(*m_session, form, 1).ok());
        keep(form, u"form-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(pdfInfo(form).contains(pdfinfoSays), qPrintable(pdfInfo(form)));
        QCOMPARE(pageCount(pdfInfo(form)), 2);

        auto customerId = addCustomer(*m_session);
        QVERIFY(customerId.ok());
        auto number = addOrder(*m_session, customerId.value());
        QVERIFY(number.ok());
        auto order = OrderService(*m_session).getByNumber(number.value());
        const QString confirmation = m_dir.filePath(u"confirmation.pdf"_s);
        QVERIFY(documents::saveOrderConfirmation(*m_session, order->id, confirmation).ok());
        keep(confirmation, u"confirmation-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(pdfInfo(confirmation).contains(pdfinfoSays), qPrintable(pdfInfo(confirmation)));
        QCOMPARE(events(*m_session, audit::kDocumentSettingsChanged).size(), 1);
    }

    void logoIsCheckedScaledStoredAndPrinted()
    {
        QCOMPARE(documents::prepareLogo("not an image at all").errorCode(), Errc::Invalid);
        QCOMPARE(documents::prepareLogo(QByteArray()).errorCode(), Errc::Invalid);
        QCOMPARE(documents::prepareLogo(QByteArray(documents::kMaxLogoInputBytes + 1, 'x')).errorCode(), Errc::Invalid);
        auto scaled = documents::prepareLogo(pngBytes(1800, 400));
        QVERIFY2(scaled.ok(), qPrintable(scaled.errorMessage()));
        const QImage image = QImage::fromData(scaled.value(), "PNG");
        QCOMPARE(image.width(), documents::kMaxLogoWidth);
        QCOMPARE(image.height(), 133);

        openVault();
        documents::DocumentSettings settings;
        settings.logoPng = scaled.value();
        QVERIFY(documents::saveDocumentSettings(*m_session, settings).ok());
        auto loaded = documents::loadDocumentSettings(m_session->database());
        QVERIFY(loaded->hasLogo());
        QCOMPARE(loaded->logo().size(), image.size());
        const QString form = m_dir.filePath(u"logo.pdf"_s);
        QVERIFY(documents::saveBlankForms(*m_session, form, 1).ok());
        keep(form, u"logo.pdf"_s);
        QCOMPARE(pageCount(pdfInfo(form)), 2);
        const CliRun images = runProcess(u"pdfimages"_s, {u"-list"_s, form});
        QCOMPARE(images.code, 0);
        QVERIFY2(images.out.split(u'\n', Qt::SkipEmptyParts).size() >= 3, qPrintable(images.out)); // header + a row

        settings.logoPng = "garbage";
        QCOMPARE(documents::saveDocumentSettings(*m_session, settings).errorCode(), Errc::Invalid);
        QVERIFY(documents::loadDocumentSettings(m_session->database())->hasLogo());
    }

    void failedOutputRecordsNothing()
    {
        openVault();
        auto customerId = addCustomer(*m_session);
        QVERIFY(customerId.ok());
        auto number = addOrder(*m_session, customerId.value());
        QVERIFY(number.ok());
        auto order = OrderService(*m_session).getByNumber(number.value());
        const auto before = documents::nextDocumentId(m_session->database());
        QVERIFY(before.ok());

        // A folder that is not there, and (unless running as root) a read-only one.
        QStringList folders{m_dir.filePath(u"no-such-folder"_s)};
        QDir(m_dir.path()).mkdir(u"readonly"_s);
        const QString readOnly = m_dir.filePath(u"readonly"_s);
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (!QFileInfo(readOnly).isWritable())
            folders << readOnly;
        for (const QString& folder : folders) {
            auto form = documents::saveBlankForms(*m_session, folder + u"/form.pdf"_s, 2);
            QCOMPARE(form.errorCode(), Errc::Io);
            auto confirmation = documents::saveOrderConfirmation(*m_session, order->id, folder + u"/c.pdf"_s);
            QCOMPARE(confirmation.errorCode(), Errc::Io);
            QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
        }
        QCOMPARE(documents::nextDocumentId(m_session->database()).value(), before.value());
        QVERIFY(events(*m_session, audit::kDocumentSaved).isEmpty());
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private:
    void openVault(const BusinessProfile& business = sampleBusiness())
    {
        m_vaultDir = std::make_unique<QTemporaryDir>();
        auto vault = createVault(m_vaultDir->path(), m_clock, business);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        m_vault = std::move(vault.value());
        auto session = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        m_session = std::move(session.value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_vaultDir;
    ManualClock m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
