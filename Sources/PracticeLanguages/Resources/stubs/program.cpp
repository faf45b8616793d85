#include <bits/stdc++.h>
using namespace std;

int main() {
    // Each line of the input is one argument, as JSON, in the order of the signature.
    vector<string> lines;
    for (string line; getline(cin, line);)
        if (!line.empty()) lines.push_back(line);
    cout << "null" << endl;
}
