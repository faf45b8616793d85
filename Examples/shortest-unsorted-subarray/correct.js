// LeetCode 581, Shortest Unsorted Continuous Subarray: O(n), two scans.
//
// Reads `nums` as one JSON line on stdin and prints the answer as one JSON line.
// Run: node correct.js
'use strict';

const fs = require('fs');

/** Returns the length of the shortest subarray whose sorting sorts all of `nums`. */
function findUnsortedSubarray(nums) {
  // The right end is the last element smaller than some element before it.
  let end = -1;
  let runningMax = -Infinity;
  nums.forEach((value, i) => {
    if (value < runningMax) {
      end = i;
    } else {
      runningMax = value;
    }
  });
  if (end === -1) return 0;
  // The left end is the first element larger than some element after it.
  let start = end;
  let runningMin = Infinity;
  for (let i = nums.length - 1; i >= 0; i--) {
    if (nums[i] > runningMin) {
      start = i;
    } else {
      runningMin = nums[i];
    }
  }
  return end - start + 1;
}

const [firstLine] = fs.readFileSync(0, 'utf8').split('\n');
console.log(JSON.stringify(findUnsortedSubarray(JSON.parse(firstLine))));
