# Writing to a closed StringIO is an uncaught ValueError.
import io

buf = io.StringIO()
buf.write('ok\n')
print(buf.getvalue(), end='')
buf.close()
print('closed', buf.closed)
buf.write('late')
