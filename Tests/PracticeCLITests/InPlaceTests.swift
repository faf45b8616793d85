import Foundation
import Testing

/// In-place problems (issue 13): LeetCode's "do not return anything, modify nums in-place instead", judged on the
/// argument after the call, in every language with a driver. Solutions written as learners write them.
@Suite("in-place answers are judged on the modified argument")
struct InPlaceTests {
    static let accepted: [(String, String)] = [
        ("two-pointers.py", """
            class Solution:
                def moveZeroes(self, nums: List[int]) -> None:
                    write = 0
                    for read in range(len(nums)):
                        if nums[read] != 0:
                            nums[write], nums[read] = nums[read], nums[write]
                            write += 1
            """),
        ("slice-assignment.py", """
            class Solution:
                def moveZeroes(self, nums: List[int]) -> None:
                    nums[:] = [x for x in nums if x != 0] + [0] * nums.count(0)
            """),
        ("two-pointers.cpp", """
            class Solution {
            public:
                void moveZeroes(vector<int>& nums) {
                    int write = 0;
                    for (int x : nums) if (x != 0) nums[write++] = x;
                    fill(nums.begin() + write, nums.end(), 0);
                }
            };
            """),
        ("stable-partition.cpp", """
            class Solution {
            public:
                void moveZeroes(vector<int>& nums) {
                    stable_partition(nums.begin(), nums.end(), [](int x) { return x != 0; });
                }
            };
            """),
        ("two-pointers.js", """
            /**
             * @param {number[]} nums
             * @return {void} Do not return anything, modify nums in-place instead.
             */
            var moveZeroes = function(nums) {
                let write = 0;
                for (const x of nums) if (x !== 0) nums[write++] = x;
                nums.fill(0, write);
            };
            """),
        ("two-pointers.ts", """
            function moveZeroes(nums: number[]): void {
                let write = 0;
                for (let read = 0; read < nums.length; read++) {
                    if (nums[read] !== 0) {
                        [nums[write], nums[read]] = [nums[read], nums[write]];
                        write++;
                    }
                }
            };
            """),
        ("two-pointers.java", """
            class Solution {
                public void moveZeroes(int[] nums) {
                    int write = 0;
                    for (int x : nums) if (x != 0) nums[write++] = x;
                    Arrays.fill(nums, write, nums.length, 0);
                }
            }
            """),
        ("retain.rs", """
            impl Solution {
                pub fn move_zeroes(nums: &mut Vec<i32>) {
                    let n = nums.len();
                    nums.retain(|&x| x != 0);
                    nums.resize(n, 0);
                }
            }
            """),
        ("two-pointers.go", """
            func moveZeroes(nums []int) {
                write := 0
                for _, x := range nums {
                    if x != 0 {
                        nums[write] = x
                        write++
                    }
                }
                clear(nums[write:])
            }
            """),
        ("two-pointers.swift", """
            class Solution {
                func moveZeroes(_ nums: inout [Int]) {
                    var write = 0
                    for read in nums.indices where nums[read] != 0 {
                        nums.swapAt(write, read)
                        write += 1
                    }
                }
            }
            """),
    ]

    @Test("an in-place solution LeetCode accepts is accepted", arguments: accepted)
    func acceptedInPlace(file: String, source: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["attempt", "283", try cli.write(file, source), "--random", "30", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "\(result.stdout) \(result.stderr)")
        #expect(report["verdict"] as? String == "AC", "\(file): \(report)")
        #expect(report["mode"] as? String == "function")
    }

    static let wrong: [(String, String, String)] = [
        // A new list bound to the local name: the caller's list is unchanged.
        ("rebinds.py", """
            class Solution:
                def moveZeroes(self, nums: List[int]) -> None:
                    nums = [x for x in nums if x != 0] + [0] * nums.count(0)
            """, "[0,1,0,3,12]"),
        // Returns the answer instead of rearranging nums.
        ("returns.js", """
            var moveZeroes = function(nums) {
                return nums.filter((x) => x !== 0).concat(nums.filter((x) => x === 0));
            };
            """, "[0,1,0,3,12]"),
        // A copy: the parameter is taken by value.
        ("by-value.cpp", """
            class Solution {
            public:
                void moveZeroes(vector<int> nums) {
                    stable_partition(nums.begin(), nums.end(), [](int x) { return x != 0; });
                }
            };
            """, "[0,1,0,3,12]"),
        // A new slice bound to the parameter: the caller's slice is unchanged.
        ("rebinds.go", """
            func moveZeroes(nums []int) {
                var kept []int
                for _, x := range nums {
                    if x != 0 {
                        kept = append(kept, x)
                    }
                }
                nums = append(kept, make([]int, len(nums)-len(kept))...)
            }
            """, "[0,1,0,3,12]"),
        // Swaps zeros with values from the end: the zeros move, the order of the others does not hold.
        ("from-both-ends.py", """
            class Solution:
                def moveZeroes(self, nums: List[int]) -> None:
                    i, j = 0, len(nums) - 1
                    while i < j:
                        if nums[i] == 0:
                            while j > i and nums[j] == 0:
                                j -= 1
                            nums[i], nums[j] = nums[j], nums[i]
                        i += 1
            """, "[12,1,3,0,0]"),
    ]

    @Test("a solution that does not leave the answer in nums is a wrong answer", arguments: wrong)
    func wrongInPlace(file: String, source: String, actual: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["attempt", "283", try cli.write(file, source), "--random", "30", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "\(result.stdout) \(result.stderr)")
        #expect(report["verdict"] as? String == "WA", "\(file): \(report)")
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["label"] as? String == "example 1")
        #expect((failure["actual"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) == actual, "\(failure)")
    }
}
