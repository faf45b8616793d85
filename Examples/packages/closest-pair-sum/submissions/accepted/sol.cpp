#include <bits/stdc++.h>
using namespace std;
int main(){int n; long long t; cin>>n>>t; vector<long long>a(n); for(auto&x:a)cin>>x;
 long long best=LLONG_MAX; int bi=0,bj=1;
 for(int i=0;i<n;i++)for(int j=i+1;j<n;j++){long long d=llabs(a[i]+a[j]-t); if(d<best){best=d;bi=i;bj=j;}}
 printf("%d %d\n",bi+1,bj+1);}
