class Solution {
    func findKthLargest(_ nums: [Int], _ k: Int) -> Int {
        // Quickselect for index n - k in ascending order, with a random pivot and a three-way
        // partition so that runs of equal values do not make it quadratic.
        var a = nums
        let want = a.count - k
        var lo = 0, hi = a.count - 1
        while true {
            let pivot = a[Int.random(in: lo...hi)]
            var lt = lo, i = lo, gt = hi
            while i <= gt {
                if a[i] < pivot {
                    a.swapAt(lt, i)
                    lt += 1
                    i += 1
                } else if a[i] > pivot {
                    a.swapAt(i, gt)
                    gt -= 1
                } else {
                    i += 1
                }
            }
            if want < lt {
                hi = lt - 1
            } else if want > gt {
                lo = gt + 1
            } else {
                return pivot
            }
        }
    }
}
