// LeetCode 581, Shortest Unsorted Continuous Subarray: O(n), two scans.
//
// Reads `nums` as one JSON integer array on stdin (whitespace allowed
// anywhere) and prints the answer on one line.
// Build: g++ -O2 -std=c++17 -o correct correct.cpp
#include <cctype>
#include <charconv>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace {

const char *skipSpace(const char *p, const char *last) {
    while (p != last && std::isspace(static_cast<unsigned char>(*p))) ++p;
    return p;
}

// Parses a JSON array of integers such as "[2, -6,4]"; nullopt if malformed.
std::optional<std::vector<long>> parseIntArray(const std::string &text) {
    const char *p = text.data();
    const char *last = p + text.size();
    p = skipSpace(p, last);
    if (p == last || *p != '[') return std::nullopt;
    p = skipSpace(p + 1, last);
    std::vector<long> values;
    if (p != last && *p == ']') return values;
    while (p != last) {
        long value = 0;
        auto [end, error] = std::from_chars(p, last, value);
        if (error != std::errc()) return std::nullopt;
        values.push_back(value);
        p = skipSpace(end, last);
        if (p == last) return std::nullopt;
        if (*p == ']') return values;
        if (*p != ',') return std::nullopt;
        p = skipSpace(p + 1, last);
    }
    return std::nullopt;
}

int findUnsortedSubarray(const std::vector<long> &nums) {
    const int n = static_cast<int>(nums.size());
    if (n == 0) return 0;
    // The right end is the last element smaller than some element before it.
    int end = -1;
    long runningMax = nums[0];
    for (int i = 1; i < n; ++i) {
        if (nums[i] < runningMax) {
            end = i;
        } else {
            runningMax = nums[i];
        }
    }
    if (end == -1) return 0;
    // The left end is the first element larger than some element after it.
    int start = end;
    long runningMin = nums[n - 1];
    for (int i = n - 2; i >= 0; --i) {
        if (nums[i] > runningMin) {
            start = i;
        } else {
            runningMin = nums[i];
        }
    }
    return end - start + 1;
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    const std::string text(std::istreambuf_iterator<char>(std::cin), {});
    const auto nums = parseIntArray(text);
    if (!nums) {
        std::cerr << "expected a JSON array of integers on the first line\n";
        return 1;
    }
    std::cout << findUnsortedSubarray(*nums) << '\n';
    return 0;
}
