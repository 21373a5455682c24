#pragma once

// Small helpers shared by the libFuzzer targets (see tests/fuzz/CMakeLists.txt).

#include <QByteArray>
#include <QDir>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace custos::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Scratch files in memory when the system has /dev/shm: no disk syncs slow the fuzzer down.
inline QString scratchTemplate()
{
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/custos-fuzz-XXXXXX");
}

// A property of the parser does not hold: report it the way a sanitizer would, so libFuzzer
// saves the input as a crash.
[[noreturn]] inline void broken(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// Checks a property; `detail` (a QString, evaluated only on failure) goes into the report.
#define CUSTOS_FUZZ_EXPECT(condition)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::custos::fuzz::broken(#condition);                                                                        \
    } while (false)
#define CUSTOS_FUZZ_EXPECT_MSG(condition, detail)                                                                      \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::custos::fuzz::broken(#condition, detail);                                                                \
    } while (false)

} // namespace custos::fuzz
