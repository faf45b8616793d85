# Checks the syntax of the Python file named by the first argument without running it:
# `python3 -c "$(cat python_syntax_check.py)" Main.py`. It compiles the file as the interpreter would before
# running it (so `return` outside a function is caught too, not only what the parser sees), writes no
# `.pyc`, and prints the interpreter's own message (`File "Main.py", line 3`, the line, a caret,
# `SyntaxError: ...`) without a traceback of itself, exiting 1.
import sys
try:
    with open(sys.argv[1], "rb") as source:
        compile(source.read(), sys.argv[1], "exec")
except Exception as error:
    import traceback
    sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
    sys.exit(1)
