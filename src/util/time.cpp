#include "util/time.hpp"

#include <chrono>
#include <cstdio>

#include "util/edtf.hpp"

namespace igo::util {
namespace {

constexpr Timestamp k_micros_per_second = 1'000'000;
constexpr Timestamp k_micros_per_day = 86'400 * k_micros_per_second;

int two_digits(std::string_view s, std::size_t pos) {
  if (pos + 2 > s.size() || s[pos] < '0' || s[pos] > '9' || s[pos + 1] < '0' || s[pos + 1] > '9') {
    return -1;
  }
  return (s[pos] - '0') * 10 + (s[pos + 1] - '0');
}

Error timestamp_error(std::string_view text) {
  return invalid_argument("invalid timestamp \"" + std::string(text) +
                          "\" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.ffffff]Z, UTC)");
}

}  // namespace

Result<Timestamp> parse_timestamp(std::string_view text, DayBound bound) {
  if (text.size() < 10) return timestamp_error(text);
  auto day = parse_day(text.substr(0, 10));
  if (!day.ok()) return timestamp_error(text);
  Timestamp base = static_cast<Timestamp>(*day) * k_micros_per_day;
  if (text.size() == 10) return bound == DayBound::start ? base : base + k_micros_per_day - 1;
  if (text[10] != 'T' || text.size() < 20 || text[13] != ':' || text[16] != ':') {
    return timestamp_error(text);
  }
  int h = two_digits(text, 11);
  int m = two_digits(text, 14);
  int s = two_digits(text, 17);
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return timestamp_error(text);
  std::size_t pos = 19;
  Timestamp micros = 0;
  if (text[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (++digits > 6) return timestamp_error(text);
      micros = micros * 10 + (text[pos] - '0');
      ++pos;
    }
    if (digits == 0) return timestamp_error(text);
    for (int i = digits; i < 6; ++i) micros *= 10;
  }
  if (pos + 1 != text.size() || text[pos] != 'Z') return timestamp_error(text);
  Timestamp seconds = static_cast<Timestamp>(h) * 3600 + static_cast<Timestamp>(m) * 60 + s;
  return base + seconds * k_micros_per_second + micros;
}

std::string format_timestamp(Timestamp t) {
  Timestamp days = t / k_micros_per_day;
  Timestamp rest = t % k_micros_per_day;
  if (rest < 0) {
    rest += k_micros_per_day;
    --days;
  }
  Timestamp secs = rest / k_micros_per_second;
  Timestamp micros = rest % k_micros_per_second;
  char buf[40];
  int n = 0;
  std::string day = format_day(static_cast<Day>(days));
  if (micros == 0) {
    n = std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lldZ", day.c_str(),
                      static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                      static_cast<long long>(secs % 60));
  } else {
    n = std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%06lldZ", day.c_str(),
                      static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                      static_cast<long long>(secs % 60), static_cast<long long>(micros));
  }
  return {buf, static_cast<std::size_t>(n)};
}

Timestamp SystemClock::now() {
  auto now = std::chrono::system_clock::now();
  return std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
}

Timestamp FixedClock::now() {
  Timestamp t = m_now;
  m_now += m_step;
  return t;
}

}  // namespace igo::util
