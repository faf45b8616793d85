#define MAXN 30001

typedef struct {
    int data[MAXN];
    int top;
    int min;
} MinStack;

MinStack* minStackCreate() {
    MinStack* obj = (MinStack*)malloc(sizeof(MinStack));
    obj->top = -1;
    obj->min = INT_MAX;
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    obj->data[++obj->top] = val;
    if (val < obj->min) obj->min = val;
}

void minStackPop(MinStack* obj) {
    obj->top--;  // the minimum stays what it was
}

int minStackTop(MinStack* obj) {
    return obj->data[obj->top];
}

int minStackGetMin(MinStack* obj) {
    return obj->min;
}

void minStackFree(MinStack* obj) {
    free(obj);
}
