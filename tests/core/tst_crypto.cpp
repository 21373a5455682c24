#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::crypto;

namespace {

SecureBytes secret(const char* text)
{
    return SecureBytes::fromByteArray(QByteArray(text));
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(bytes.at(index) ^ 0x01);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray output;
};

ProcessResult runOpenssl(const QString& openssl, const QStringList& arguments, const QString& workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAll()};
}

// QVERIFY2 evaluates its message even when the check passes, and Result::errorMessage() is
// only valid on a failure: these helpers read the error only when there is one.
template <typename T>
QByteArray errorText(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.errorMessage().toUtf8();
}

} // namespace

#define QVERIFY_OK(result) QVERIFY2((result).ok(), errorText(result).constData())
#define QCOMPARE_ERROR(expr, expectedCode)                                                                             \
    do {                                                                                                               \
        const auto& failed_ = (expr);                                                                                  \
        QVERIFY2(!failed_.ok(), "succeeded, but a failure was expected");                                              \
        QCOMPARE(failed_.errorCode(), expectedCode);                                                                   \
    } while (false)

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    // SecureBytes
    void secureBytesCopyAndMove();
    void secureBytesHexRoundTrip_data();
    void secureBytesHexRoundTrip();
    void secureBytesInvalidHex_data();
    void secureBytesInvalidHex();
    void secureBytesEquality_data();
    void secureBytesEquality();
    void secureBytesMidAndConcat();

    // random and hashing
    void randomBytes_data();
    void randomBytes();
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void hmacKnownVectors_data();
    void hmacKnownVectors();

    // scrypt
    void scryptKnownVectors_data();
    void scryptKnownVectors();
    void scryptRealParameters();
    void scryptRejectsAbsurdParameters_data();
    void scryptRejectsAbsurdParameters();

    // AES-256-GCM
    void aeadRoundTrip_data();
    void aeadRoundTrip();
    void aeadNoncesDiffer();
    void aeadWrongKey();
    void aeadTampered_data();
    void aeadTampered();
    void aeadWrongAssociatedData();
    void aeadTruncated_data();
    void aeadTruncated();
    void aeadWrongKeySize();

    // X25519 sealed box
    void x25519PublicFromPrivateKnownVector();
    void x25519GeneratedKeysAgree();
    void sealedBoxRoundTrip_data();
    void sealedBoxRoundTrip();
    void sealedBoxWrongRecipient();
    void sealedBoxTampered_data();
    void sealedBoxTampered();
    void sealedBoxAssociatedDataBinding();
    void sealedBoxSealsDiffer();
    void sealedBoxInvalidInput();

    // Ed25519
    void ed25519KnownVector();
    void ed25519SignVerify();
    void ed25519TamperedFails();
    void ed25519PublicFromPrivateMatches();
    void ed25519InvalidInput();
    void pemRoundTrip();
    void pemRejectsOtherKeys_data();
    void pemRejectsOtherKeys();
    void opensslCliVerifiesOurSignature();
    void weVerifyOpensslCliSignature();
    void fingerprintFormat();
};

// ---- SecureBytes ----------------------------------------------------------------------------

void TestCrypto::secureBytesCopyAndMove()
{
    SecureBytes original = secret("top secret");
    SecureBytes copy(original);
    QVERIFY(copy == original);
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 'T';
    QVERIFY(!(copy == original)); // deep copy: changing one leaves the other alone

    SecureBytes assigned;
    assigned = original;
    QVERIFY(assigned == original);

    const unsigned char* buffer = original.data();
    SecureBytes moved(std::move(original));
    QCOMPARE(moved.data(), buffer);
    QCOMPARE(moved.size(), std::size_t{10});
    QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is part of the contract

    SecureBytes moveAssigned;
    moveAssigned = std::move(moved);
    QCOMPARE(moveAssigned.toByteArray(), QByteArrayLiteral("top secret"));
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)

    moveAssigned.clear();
    QVERIFY(moveAssigned.isEmpty());
    QCOMPARE(SecureBytes(4).toByteArray(), QByteArray(4, '\0'));
    QCOMPARE(SecureBytes::fromUtf8(QStringLiteral("Grüße")).toByteArray(), QStringLiteral("Grüße").toUtf8());
}

void TestCrypto::secureBytesHexRoundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\x7f') << QByteArrayLiteral("7f");
    QTest::newRow("all nibbles") << QByteArray::fromHex("0123456789abcdef") << QByteArrayLiteral("0123456789abcdef");
    QTest::newRow("high bytes") << QByteArray::fromHex("ff00fe80") << QByteArrayLiteral("ff00fe80");
}

void TestCrypto::secureBytesHexRoundTrip()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, hex);
    const SecureBytes bytes = SecureBytes::fromByteArray(raw);
    QCOMPARE(bytes.toHex().toByteArray(), hex);
    QVERIFY(SecureBytes::fromHex(hex) == bytes);
    QVERIFY(SecureBytes::fromHex(hex.toUpper()) == bytes);
}

void TestCrypto::secureBytesInvalidHex_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("odd length") << QByteArrayLiteral("abc");
    QTest::newRow("non-hex letter") << QByteArrayLiteral("zz");
    QTest::newRow("space") << QByteArrayLiteral("ab cd0");
    QTest::newRow("bad last digit") << QByteArrayLiteral("000g");
}

void TestCrypto::secureBytesInvalidHex()
{
    QFETCH(QByteArray, hex);
    QVERIFY(SecureBytes::fromHex(hex).isEmpty());
}

void TestCrypto::secureBytesEquality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArrayLiteral("key") << QByteArrayLiteral("key") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArrayLiteral("key1") << QByteArrayLiteral("key2") << false;
    QTest::newRow("first byte differs") << QByteArrayLiteral("akey") << QByteArrayLiteral("bkey") << false;
    QTest::newRow("prefix") << QByteArrayLiteral("key") << QByteArrayLiteral("keys") << false;
    QTest::newRow("empty vs not") << QByteArray() << QByteArrayLiteral("k") << false;
}

void TestCrypto::secureBytesEquality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SecureBytes::fromByteArray(a) == SecureBytes::fromByteArray(b), equal);
    QCOMPARE(SecureBytes::fromByteArray(b) == SecureBytes::fromByteArray(a), equal);
}

void TestCrypto::secureBytesMidAndConcat()
{
    const SecureBytes bytes = secret("0123456789");
    QCOMPARE(bytes.mid(2, 3).toByteArray(), QByteArrayLiteral("234"));
    QCOMPARE(bytes.mid(8, 100).toByteArray(), QByteArrayLiteral("89")); // clipped
    QVERIFY(bytes.mid(10, 1).isEmpty());
    QVERIFY(bytes.mid(50, 1).isEmpty());
    QCOMPARE(bytes.mid(0, 10).toByteArray(), bytes.toByteArray());

    QCOMPARE((secret("abc") + secret("def")).toByteArray(), QByteArrayLiteral("abcdef"));
    QCOMPARE((SecureBytes() + secret("x")).toByteArray(), QByteArrayLiteral("x"));
    QCOMPARE((secret("x") + SecureBytes()).toByteArray(), QByteArrayLiteral("x"));
    QVERIFY((SecureBytes() + SecureBytes()).isEmpty());
}

// ---- random and hashing ---------------------------------------------------------------------

void TestCrypto::randomBytes_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("zero") << 0;
    QTest::newRow("nonce") << 12;
    QTest::newRow("key") << 32;
    QTest::newRow("large") << 4096;
}

void TestCrypto::randomBytes()
{
    QFETCH(int, count);
    const auto size = static_cast<std::size_t>(count);

    Result<SecureBytes> a = crypto::randomBytes(size);
    Result<SecureBytes> b = crypto::randomBytes(size);
    QVERIFY_OK(a);
    QVERIFY_OK(b);
    QCOMPARE(a->size(), size);
    QCOMPARE(b->size(), size);

    Result<QByteArray> c = randomPublicBytes(size);
    Result<QByteArray> d = randomPublicBytes(size);
    QVERIFY_OK(c);
    QVERIFY_OK(d);
    QCOMPARE(c->size(), count);
    QCOMPARE(d->size(), count);

    if (count > 0) {
        QVERIFY(!(a.value() == b.value()));
        QVERIFY(c.value() != d.value());
        QVERIFY(c.value() != QByteArray(count, '\0'));
    }
}

void TestCrypto::sha256KnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digestHex");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray()
                           << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("two blocks") << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArrayLiteral(
                                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digestHex);
    QCOMPARE(sha256(input).toHex(), digestHex);
    QCOMPARE(sha256(SecureBytes::fromByteArray(input)).toHex(), digestHex);
}

void TestCrypto::hmacKnownVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("macHex");
    QTest::newRow("RFC 4231 case 2") << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
                                     << QByteArrayLiteral(
                                            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                                     << QByteArrayLiteral(
                                            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("empty key and data") << QByteArray() << QByteArray()
                                        << QByteArrayLiteral(
                                               "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestCrypto::hmacKnownVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, macHex);
    Result<QByteArray> mac = hmacSha256(SecureBytes::fromByteArray(key), data);
    QVERIFY_OK(mac);
    QCOMPARE(mac->toHex(), macHex);
}

// ---- scrypt ---------------------------------------------------------------------------------

void TestCrypto::scryptKnownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 7914 section 12, vectors 2 and 3 (vector 1 uses N=16, below the allowed minimum).
    QTest::newRow("RFC 7914 #2") << QByteArrayLiteral("password") << QByteArrayLiteral("NaCl") << quint64{1024}
                                 << quint32{8} << quint32{16}
                                 << QByteArrayLiteral(
                                        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("RFC 7914 #3") << QByteArrayLiteral("pleaseletmein") << QByteArrayLiteral("SodiumChloride")
                                 << quint64{16384} << quint32{8} << quint32{1}
                                 << QByteArrayLiteral(
                                        "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                        "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestCrypto::scryptKnownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expectedHex);
    ScryptParams params;
    params.n = n;
    params.r = r;
    params.p = p;
    Result<SecureBytes> key = scrypt(SecureBytes::fromByteArray(password), salt, params, 64);
    QVERIFY_OK(key);
    QCOMPARE(key->toHex().toByteArray(), expectedHex);
}

void TestCrypto::scryptRealParameters()
{
    // The defaults (N=2^15, r=8, p=1) need more than OpenSSL's default memory limit.
    const ScryptParams params;
    QCOMPARE(params.n, quint64{1} << 15);
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    Result<SecureBytes> a = scrypt(secret("correct horse battery staple"), salt, params);
    QVERIFY_OK(a);
    QCOMPARE(a->size(), std::size_t{32});

    Result<SecureBytes> b = scrypt(secret("correct horse battery staple"), salt, params);
    QVERIFY_OK(b);
    QVERIFY(a.value() == b.value());

    Result<SecureBytes> otherPassword = scrypt(secret("correct horse battery stapler"), salt, params);
    QVERIFY_OK(otherPassword);
    QVERIFY(!(a.value() == otherPassword.value()));

    Result<SecureBytes> otherSalt = scrypt(secret("correct horse battery staple"), flipped(salt, 0), params);
    QVERIFY_OK(otherSalt);
    QVERIFY(!(a.value() == otherSalt.value()));

    Result<SecureBytes> emptyPassword = scrypt(SecureBytes(), salt, params);
    QVERIFY_OK(emptyPassword);
    QCOMPARE(emptyPassword->size(), std::size_t{32});
}

void TestCrypto::scryptRejectsAbsurdParameters_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<quint64>("maxMem");
    QTest::addColumn<int>("outLength");
    const quint64 mem = 64ull * 1024 * 1024;
    QTest::newRow("n zero") << quint64{0} << quint32{8} << quint32{1} << mem << 32;
    QTest::newRow("n not a power of two") << quint64{30000} << quint32{8} << quint32{1} << mem << 32;
    QTest::newRow("n too small") << quint64{512} << quint32{8} << quint32{1} << mem << 32;
    QTest::newRow("n too large") << (quint64{1} << 21) << quint32{8} << quint32{1} << mem << 32;
    QTest::newRow("n huge") << (quint64{1} << 63) << quint32{8} << quint32{1} << mem << 32;
    QTest::newRow("r zero") << quint64{1024} << quint32{0} << quint32{1} << mem << 32;
    QTest::newRow("r too large") << quint64{1024} << quint32{17} << quint32{1} << mem << 32;
    QTest::newRow("r max uint") << quint64{1024} << quint32{0xffffffff} << quint32{1} << mem << 32;
    QTest::newRow("p zero") << quint64{1024} << quint32{8} << quint32{0} << mem << 32;
    QTest::newRow("p too large") << quint64{1024} << quint32{8} << quint32{17} << mem << 32;
    QTest::newRow("zero output") << quint64{1024} << quint32{8} << quint32{1} << mem << 0;
    QTest::newRow("over memory limit") << (quint64{1} << 20) << quint32{16} << quint32{16} << mem << 32;
    QTest::newRow("no memory allowed") << quint64{1024} << quint32{8} << quint32{1} << quint64{0} << 32;
}

void TestCrypto::scryptRejectsAbsurdParameters()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(quint64, maxMem);
    QFETCH(int, outLength);
    ScryptParams params;
    params.n = n;
    params.r = r;
    params.p = p;
    params.maxMemBytes = maxMem;
    Result<SecureBytes> key =
        scrypt(secret("password"), QByteArrayLiteral("salt"), params, static_cast<std::size_t>(outLength));
    QVERIFY(!key.ok());
    QCOMPARE_ERROR(key, Errc::Invalid);
    QVERIFY(!key.errorMessage().isEmpty());
}

// ---- AES-256-GCM ----------------------------------------------------------------------------

namespace {
SecureBytes testKey(char fill = 'k')
{
    return SecureBytes::fromByteArray(QByteArray(static_cast<qsizetype>(kAeadKeySize), fill));
}
} // namespace

void TestCrypto::aeadRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("empty with aad") << QByteArray() << QByteArrayLiteral("header");
    QTest::newRow("short") << QByteArrayLiteral("IBAN DE89 3704 0044 0532 0130 00") << QByteArray();
    QTest::newRow("short with aad") << QByteArrayLiteral("4111 1111 1111 1111") << QByteArrayLiteral("customer:42");
    QTest::newRow("not block aligned") << QByteArray(1000, 'x') << QByteArrayLiteral("v1");
    QTest::newRow("binary") << QByteArray::fromHex("00ff00ff10203040") << QByteArray::fromHex("0000");
}

void TestCrypto::aeadRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const SecureBytes key = testKey();
    Result<QByteArray> sealed = aeadSeal(key, SecureBytes::fromByteArray(plaintext), aad);
    QVERIFY_OK(sealed);
    QCOMPARE(static_cast<std::size_t>(sealed->size()), kAeadNonceSize + plaintext.size() + kAeadTagSize);
    if (plaintext.size() >= 8)
        QVERIFY(!sealed->contains(plaintext));

    Result<SecureBytes> opened = aeadOpen(key, sealed.value(), aad);
    QVERIFY_OK(opened);
    QCOMPARE(opened->toByteArray(), plaintext);
}

void TestCrypto::aeadNoncesDiffer()
{
    const SecureBytes key = testKey();
    Result<QByteArray> a = aeadSeal(key, secret("same"), {});
    Result<QByteArray> b = aeadSeal(key, secret("same"), {});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->left(kAeadNonceSize) != b->left(kAeadNonceSize));
    QVERIFY(a.value() != b.value());
}

void TestCrypto::aeadWrongKey()
{
    Result<QByteArray> sealed = aeadSeal(testKey('a'), secret("payroll"), {});
    QVERIFY(sealed.ok());
    const SecureBytes wrongKey = testKey('b');
    Result<SecureBytes> opened = aeadOpen(wrongKey, sealed.value(), {});
    QVERIFY(!opened.ok());
    QCOMPARE_ERROR(opened, Errc::WrongSecret);
    QVERIFY(!opened.errorMessage().isEmpty());
    QVERIFY(!opened.errorMessage().contains(QString::fromLatin1(wrongKey.toHex().toByteArray())));
}

void TestCrypto::aeadTampered_data()
{
    QTest::addColumn<int>("index"); // negative: from the end
    QTest::newRow("nonce first byte") << 0;
    QTest::newRow("nonce last byte") << 11;
    QTest::newRow("ciphertext first byte") << 12;
    QTest::newRow("ciphertext last byte") << -17;
    QTest::newRow("tag first byte") << -16;
    QTest::newRow("tag last byte") << -1;
}

void TestCrypto::aeadTampered()
{
    QFETCH(int, index);
    const SecureBytes key = testKey();
    Result<QByteArray> sealed = aeadSeal(key, secret("net salary 3,210.00 EUR"), QByteArrayLiteral("aad"));
    QVERIFY(sealed.ok());
    const qsizetype at = index >= 0 ? index : sealed->size() + index;
    Result<SecureBytes> opened = aeadOpen(key, flipped(sealed.value(), at), QByteArrayLiteral("aad"));
    QVERIFY(!opened.ok());
    QCOMPARE_ERROR(opened, Errc::WrongSecret);
}

void TestCrypto::aeadWrongAssociatedData()
{
    const SecureBytes key = testKey();
    Result<QByteArray> sealed = aeadSeal(key, secret("record"), QByteArrayLiteral("customer:1"));
    QVERIFY(sealed.ok());
    for (const QByteArray& aad : {QByteArrayLiteral("customer:2"), QByteArray()}) {
        Result<SecureBytes> opened = aeadOpen(key, sealed.value(), aad);
        QVERIFY(!opened.ok());
        QCOMPARE_ERROR(opened, Errc::WrongSecret);
    }
    Result<QByteArray> noAad = aeadSeal(key, secret("record"), {});
    QVERIFY(noAad.ok());
    Result<SecureBytes> opened = aeadOpen(key, noAad.value(), QByteArrayLiteral("customer:1"));
    QCOMPARE_ERROR(opened, Errc::WrongSecret);
}

void TestCrypto::aeadTruncated_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("nothing") << 0;
    QTest::newRow("nonce only") << 12;
    QTest::newRow("one byte short of empty message") << 27;
}

void TestCrypto::aeadTruncated()
{
    QFETCH(int, keep);
    const SecureBytes key = testKey();
    Result<QByteArray> sealed = aeadSeal(key, secret("data"), {});
    QVERIFY(sealed.ok());
    Result<SecureBytes> opened = aeadOpen(key, sealed->left(keep), {});
    QVERIFY(!opened.ok());
    QCOMPARE_ERROR(opened, Errc::Corrupt);

    // Cutting bytes off a longer message keeps it long enough to parse: the tag catches it.
    Result<SecureBytes> chopped = aeadOpen(key, sealed->chopped(1), {});
    QCOMPARE_ERROR(chopped, Errc::WrongSecret);
}

void TestCrypto::aeadWrongKeySize()
{
    const SecureBytes shortKey = SecureBytes::fromByteArray(QByteArray(31, 'k'));
    Result<QByteArray> sealed = aeadSeal(shortKey, secret("x"), {});
    QVERIFY(!sealed.ok());
    QCOMPARE_ERROR(sealed, Errc::Invalid);

    Result<QByteArray> good = aeadSeal(testKey(), secret("x"), {});
    QVERIFY(good.ok());
    Result<SecureBytes> opened = aeadOpen(SecureBytes(), good.value(), {});
    QVERIFY(!opened.ok());
    QCOMPARE_ERROR(opened, Errc::Invalid);
}

// ---- X25519 sealed box ---------------------------------------------------------------------

void TestCrypto::x25519PublicFromPrivateKnownVector()
{
    // RFC 7748 section 6.1, Alice.
    const SecureBytes alicePrivate =
        SecureBytes::fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    Result<QByteArray> alicePublic = x25519PublicFromPrivate(alicePrivate);
    QVERIFY_OK(alicePublic);
    QCOMPARE(alicePublic->toHex(),
             QByteArrayLiteral("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
}

void TestCrypto::x25519GeneratedKeysAgree()
{
    Result<X25519KeyPair> a = generateX25519();
    Result<X25519KeyPair> b = generateX25519();
    QVERIFY_OK(a);
    QVERIFY(b.ok());
    QCOMPARE(static_cast<std::size_t>(a->publicKey.size()), kX25519KeySize);
    QCOMPARE(a->privateKey.size(), kX25519KeySize);
    QVERIFY(a->publicKey != b->publicKey);
    QVERIFY(!(a->privateKey == b->privateKey));
    Result<QByteArray> derived = x25519PublicFromPrivate(a->privateKey);
    QVERIFY(derived.ok());
    QCOMPARE(derived.value(), a->publicKey);
}

void TestCrypto::sealedBoxRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("vault key") << QByteArray(32, '\x5a') << QByteArray();
    QTest::newRow("with aad") << QByteArrayLiteral("recovery code") << QByteArrayLiteral("employee:7");
    QTest::newRow("long") << QByteArray(5000, 'q') << QByteArrayLiteral("backup");
}

void TestCrypto::sealedBoxRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    Result<X25519KeyPair> recipient = generateX25519();
    QVERIFY(recipient.ok());
    Result<QByteArray> sealed = sealTo(recipient->publicKey, SecureBytes::fromByteArray(plaintext), aad);
    QVERIFY_OK(sealed);

    // 0x01 || ephemeral public (32) || nonce (12) || ciphertext || tag (16)
    QCOMPARE(static_cast<std::size_t>(sealed->size()),
             1 + kX25519KeySize + kAeadNonceSize + plaintext.size() + kAeadTagSize);
    QCOMPARE(sealed->at(0), '\x01');
    QVERIFY(sealed->mid(1, 32) != recipient->publicKey);

    Result<SecureBytes> opened = openSealed(recipient->privateKey, sealed.value(), aad);
    QVERIFY_OK(opened);
    QCOMPARE(opened->toByteArray(), plaintext);
}

void TestCrypto::sealedBoxWrongRecipient()
{
    Result<X25519KeyPair> alice = generateX25519();
    Result<X25519KeyPair> mallory = generateX25519();
    QVERIFY(alice.ok() && mallory.ok());
    Result<QByteArray> sealed = sealTo(alice->publicKey, secret("for alice"));
    QVERIFY(sealed.ok());
    Result<SecureBytes> opened = openSealed(mallory->privateKey, sealed.value());
    QVERIFY(!opened.ok());
    QCOMPARE_ERROR(opened, Errc::WrongSecret);
}

void TestCrypto::sealedBoxTampered_data()
{
    QTest::addColumn<int>("index"); // negative: from the end
    QTest::addColumn<int>("expected");
    QTest::newRow("version") << 0 << int(Errc::Corrupt);
    QTest::newRow("ephemeral key") << 5 << int(Errc::WrongSecret);
    QTest::newRow("nonce") << 33 << int(Errc::WrongSecret);
    QTest::newRow("ciphertext") << 45 << int(Errc::WrongSecret);
    QTest::newRow("tag") << -1 << int(Errc::WrongSecret);
}

void TestCrypto::sealedBoxTampered()
{
    QFETCH(int, index);
    QFETCH(int, expected);
    Result<X25519KeyPair> recipient = generateX25519();
    QVERIFY(recipient.ok());
    Result<QByteArray> sealed = sealTo(recipient->publicKey, secret("card 4111111111111111"));
    QVERIFY(sealed.ok());
    const qsizetype at = index >= 0 ? index : sealed->size() + index;
    Result<SecureBytes> opened = openSealed(recipient->privateKey, flipped(sealed.value(), at));
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.errorCode()), expected);
}

void TestCrypto::sealedBoxAssociatedDataBinding()
{
    Result<X25519KeyPair> recipient = generateX25519();
    QVERIFY(recipient.ok());
    Result<QByteArray> sealed = sealTo(recipient->publicKey, secret("vault key"), QByteArrayLiteral("employee:1"));
    QVERIFY(sealed.ok());
    QVERIFY(openSealed(recipient->privateKey, sealed.value(), QByteArrayLiteral("employee:1")).ok());
    Result<SecureBytes> otherAad = openSealed(recipient->privateKey, sealed.value(), QByteArrayLiteral("employee:2"));
    QCOMPARE_ERROR(otherAad, Errc::WrongSecret);
    Result<SecureBytes> noAad = openSealed(recipient->privateKey, sealed.value());
    QCOMPARE_ERROR(noAad, Errc::WrongSecret);
}

void TestCrypto::sealedBoxSealsDiffer()
{
    Result<X25519KeyPair> recipient = generateX25519();
    QVERIFY(recipient.ok());
    Result<QByteArray> a = sealTo(recipient->publicKey, secret("same"));
    Result<QByteArray> b = sealTo(recipient->publicKey, secret("same"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(a->mid(1, 32) != b->mid(1, 32)); // fresh ephemeral key each time
}

void TestCrypto::sealedBoxInvalidInput()
{
    Result<X25519KeyPair> recipient = generateX25519();
    QVERIFY(recipient.ok());

    Result<QByteArray> badRecipient = sealTo(recipient->publicKey.left(31), secret("x"));
    QCOMPARE_ERROR(badRecipient, Errc::Invalid);

    // An all-zero public key is a low-order point: the shared secret would be zero.
    Result<QByteArray> lowOrder = sealTo(QByteArray(32, '\0'), secret("x"));
    QVERIFY(!lowOrder.ok());
    QCOMPARE_ERROR(lowOrder, Errc::Invalid);

    Result<QByteArray> sealed = sealTo(recipient->publicKey, secret("x"));
    QVERIFY(sealed.ok());
    QCOMPARE_ERROR(openSealed(SecureBytes(16), sealed.value()), Errc::Invalid);
    QCOMPARE_ERROR(openSealed(recipient->privateKey, sealed->left(60)), Errc::Corrupt);
    QCOMPARE_ERROR(openSealed(recipient->privateKey, QByteArray()), Errc::Corrupt);

    QByteArray zeroEphemeral = sealed.value();
    zeroEphemeral.replace(1, 32, QByteArray(32, '\0'));
    QCOMPARE_ERROR(openSealed(recipient->privateKey, zeroEphemeral), Errc::Corrupt);
}

// ---- Ed25519 -------------------------------------------------------------------------------

void TestCrypto::ed25519KnownVector()
{
    // RFC 8032 section 7.1, TEST 1 and TEST 2.
    const SecureBytes key1 = SecureBytes::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    Result<QByteArray> pub1 = ed25519PublicFromPrivate(key1);
    QVERIFY(pub1.ok());
    QCOMPARE(pub1->toHex(), QByteArrayLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    Result<QByteArray> sig1 = sign(key1, QByteArray());
    QVERIFY(sig1.ok());
    QCOMPARE(sig1->toHex(), QByteArrayLiteral("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                              "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    QVERIFY(verify(pub1.value(), QByteArray(), sig1.value()));

    const SecureBytes key2 = SecureBytes::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    Result<QByteArray> sig2 = sign(key2, QByteArray::fromHex("72"));
    QVERIFY(sig2.ok());
    QCOMPARE(sig2->toHex(), QByteArrayLiteral("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                              "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));
}

void TestCrypto::ed25519SignVerify()
{
    Result<Ed25519KeyPair> keys = generateEd25519();
    QVERIFY_OK(keys);
    QCOMPARE(static_cast<std::size_t>(keys->publicKey.size()), kEd25519KeySize);
    QCOMPARE(keys->privateKey.size(), kEd25519KeySize);
    const QByteArray message = QByteArrayLiteral("audit row 1842: invoice 2024-0117 paid");
    Result<QByteArray> signature = sign(keys->privateKey, message);
    QVERIFY_OK(signature);
    QCOMPARE(static_cast<std::size_t>(signature->size()), kEd25519SignatureSize);
    QVERIFY(verify(keys->publicKey, message, signature.value()));
    // Ed25519 is deterministic.
    Result<QByteArray> again = sign(keys->privateKey, message);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), signature.value());
}

void TestCrypto::ed25519TamperedFails()
{
    Result<Ed25519KeyPair> keys = generateEd25519();
    Result<Ed25519KeyPair> other = generateEd25519();
    QVERIFY(keys.ok() && other.ok());
    const QByteArray message = QByteArrayLiteral("transfer 100.00 EUR");
    Result<QByteArray> signature = sign(keys->privateKey, message);
    QVERIFY(signature.ok());

    QVERIFY(!verify(keys->publicKey, QByteArrayLiteral("transfer 900.00 EUR"), signature.value()));
    QVERIFY(!verify(keys->publicKey, message + '\n', signature.value()));
    QVERIFY(!verify(keys->publicKey, message, flipped(signature.value(), 0)));
    QVERIFY(!verify(keys->publicKey, message, flipped(signature.value(), 63)));
    QVERIFY(!verify(other->publicKey, message, signature.value()));
    QVERIFY(!verify(flipped(keys->publicKey, 3), message, signature.value()));
    QVERIFY(verify(keys->publicKey, message, signature.value()));
}

void TestCrypto::ed25519PublicFromPrivateMatches()
{
    Result<Ed25519KeyPair> keys = generateEd25519();
    QVERIFY(keys.ok());
    Result<QByteArray> derived = ed25519PublicFromPrivate(keys->privateKey);
    QVERIFY_OK(derived);
    QCOMPARE(derived.value(), keys->publicKey);
}

void TestCrypto::ed25519InvalidInput()
{
    QCOMPARE_ERROR(ed25519PublicFromPrivate(SecureBytes(31)), Errc::Invalid);
    QCOMPARE_ERROR(sign(SecureBytes(), QByteArrayLiteral("m")), Errc::Invalid);
    Result<Ed25519KeyPair> keys = generateEd25519();
    QVERIFY(keys.ok());
    Result<QByteArray> signature = sign(keys->privateKey, QByteArrayLiteral("m"));
    QVERIFY(signature.ok());
    QVERIFY(!verify(keys->publicKey, QByteArrayLiteral("m"), signature->left(63)));
    QVERIFY(!verify(keys->publicKey, QByteArrayLiteral("m"), QByteArray()));
    QVERIFY(!verify(keys->publicKey.left(31), QByteArrayLiteral("m"), signature.value()));
    QVERIFY(!verify(QByteArray(), QByteArrayLiteral("m"), signature.value()));
    QCOMPARE_ERROR(ed25519PublicKeyToPem(QByteArray(33, 'x')), Errc::Invalid);
}

void TestCrypto::pemRoundTrip()
{
    Result<Ed25519KeyPair> keys = generateEd25519();
    QVERIFY(keys.ok());
    Result<QByteArray> pem = ed25519PublicKeyToPem(keys->publicKey);
    QVERIFY_OK(pem);
    QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(pem->trimmed().endsWith("-----END PUBLIC KEY-----"));
    Result<QByteArray> back = ed25519PublicKeyFromPem(pem.value());
    QVERIFY_OK(back);
    QCOMPARE(back.value(), keys->publicKey);
}

void TestCrypto::pemRejectsOtherKeys_data()
{
    QTest::addColumn<QByteArray>("pem");
    // SubjectPublicKeyInfo of an X25519 key (OID 1.3.101.110): a valid PEM key of the wrong kind.
    const QByteArray x25519Der = QByteArray::fromHex("302a300506032b656e032100") + QByteArray(32, '\x09');
    const QByteArray x25519Pem = "-----BEGIN PUBLIC KEY-----\n" + x25519Der.toBase64() + "\n-----END PUBLIC KEY-----\n";
    QTest::newRow("X25519 key") << x25519Pem;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArrayLiteral("not a key at all");
    QTest::newRow("broken base64") << QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n");
    QTest::newRow("private key label") << QByteArrayLiteral(
        "-----BEGIN PRIVATE KEY-----\n"
        "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
        "-----END PRIVATE KEY-----\n");
}

void TestCrypto::pemRejectsOtherKeys()
{
    QFETCH(QByteArray, pem);
    Result<QByteArray> key = ed25519PublicKeyFromPem(pem);
    QVERIFY(!key.ok());
    QCOMPARE_ERROR(key, Errc::Invalid);
}

void TestCrypto::opensslCliVerifiesOurSignature()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Result<Ed25519KeyPair> keys = generateEd25519();
    QVERIFY(keys.ok());
    const QByteArray message = QByteArrayLiteral("Custos audit export\nrow 1\nrow 2\n");
    Result<QByteArray> signature = sign(keys->privateKey, message);
    Result<QByteArray> pem = ed25519PublicKeyToPem(keys->publicKey);
    QVERIFY(signature.ok() && pem.ok());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg")), message));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg.sig")), signature.value()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), pem.value()));

    const QStringList arguments = {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                   QStringLiteral("-inkey"),  QStringLiteral("pub.pem"), QStringLiteral("-rawin"),
                                   QStringLiteral("-in"),     QStringLiteral("msg"),     QStringLiteral("-sigfile"),
                                   QStringLiteral("msg.sig")};
    const ProcessResult good = runOpenssl(openssl, arguments, dir.path());
    QVERIFY2(good.exitCode == 0, good.output.constData());
    QVERIFY2(good.output.contains("Signature Verified Successfully"), good.output.constData());

    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg")), QByteArray(message).replace("row 2", "row 3")));
    const ProcessResult tampered = runOpenssl(openssl, arguments, dir.path());
    QVERIFY2(tampered.exitCode != 0 && tampered.exitCode != -1, tampered.output.constData());
    QVERIFY(!tampered.output.contains("Signature Verified Successfully"));
}

void TestCrypto::weVerifyOpensslCliSignature()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray message = QByteArrayLiteral("signed by the openssl tool");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg")), message));

    const QList<QStringList> steps = {
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"), QStringLiteral("-out"),
         QStringLiteral("key.pem")},
        {QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-pubout"),
         QStringLiteral("-out"), QStringLiteral("pub.pem")},
        {QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), QStringLiteral("key.pem"),
         QStringLiteral("-rawin"), QStringLiteral("-in"), QStringLiteral("msg"), QStringLiteral("-out"),
         QStringLiteral("msg.sig")},
    };
    for (const QStringList& step : steps) {
        const ProcessResult result = runOpenssl(openssl, step, dir.path());
        QVERIFY2(result.exitCode == 0, result.output.constData());
    }

    QFile pemFile(dir.filePath(QStringLiteral("pub.pem")));
    QFile sigFile(dir.filePath(QStringLiteral("msg.sig")));
    QVERIFY(pemFile.open(QIODevice::ReadOnly) && sigFile.open(QIODevice::ReadOnly));
    Result<QByteArray> publicKey = ed25519PublicKeyFromPem(pemFile.readAll());
    QVERIFY_OK(publicKey);
    const QByteArray signature = sigFile.readAll();
    QVERIFY(verify(publicKey.value(), message, signature));
    QVERIFY(!verify(publicKey.value(), message + '!', signature));
}

void TestCrypto::fingerprintFormat()
{
    const QByteArray publicKey =
        QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QString print = fingerprint(publicKey);
    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{4} ){15}[0-9A-F]{4}$"));
    QVERIFY2(format.match(print).hasMatch(), qPrintable(print));

    const QString expectedHex =
        QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().toUpper());
    QCOMPARE(QString(print).remove(QLatin1Char(' ')), expectedHex);
    QVERIFY(print.startsWith(expectedHex.left(4) + QLatin1Char(' ') + expectedHex.mid(4, 4) + QLatin1Char(' ')));

    QCOMPARE(fingerprint(publicKey), print);
    QVERIFY(fingerprint(flipped(publicKey, 0)) != print);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
