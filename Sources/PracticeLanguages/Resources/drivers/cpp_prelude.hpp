// What LeetCode's C++ environment gives every solution: the whole standard library, unqualified.
#include <bits/stdc++.h>
using namespace std;
