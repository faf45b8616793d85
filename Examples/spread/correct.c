#include <stdio.h>
int main(){int n;scanf("%d",&n);long mx=-1e9,mn=1e9;for(int i=0;i<n;i++){long x;scanf("%ld",&x);if(x>mx)mx=x;if(x<mn)mn=x;}printf("%ld\n",mx-mn);}
