# A loop body past 255 bytes of bytecode: FOR_ITER carries an EXTENDED_ARG prefix, and the
# loop's back edge jumps to that prefix. Called often enough to be translated, and once with
# a loop long enough to be translated at its back edge.
def f(n):
    total = 0
    for i in range(n):
        t0 = i + 0
        t1 = i + 1
        t2 = i + 2
        t3 = i + 3
        t4 = i + 4
        t5 = i + 5
        t6 = i + 6
        t7 = i + 7
        t8 = i + 8
        t9 = i + 9
        t10 = i + 10
        t11 = i + 11
        t12 = i + 12
        t13 = i + 13
        t14 = i + 14
        t15 = i + 15
        t16 = i + 16
        t17 = i + 17
        t18 = i + 18
        t19 = i + 19
        t20 = i + 20
        t21 = i + 21
        t22 = i + 22
        t23 = i + 23
        t24 = i + 24
        t25 = i + 25
        t26 = i + 26
        t27 = i + 27
        t28 = i + 28
        t29 = i + 29
        t30 = i + 30
        t31 = i + 31
        t32 = i + 32
        t33 = i + 33
        t34 = i + 34
        t35 = i + 35
        t36 = i + 36
        t37 = i + 37
        t38 = i + 38
        t39 = i + 39
        t40 = i + 40
        t41 = i + 41
        t42 = i + 42
        t43 = i + 43
        t44 = i + 44
        t45 = i + 45
        t46 = i + 46
        t47 = i + 47
        t48 = i + 48
        t49 = i + 49
        t50 = i + 50
        t51 = i + 51
        t52 = i + 52
        t53 = i + 53
        t54 = i + 54
        t55 = i + 55
        t56 = i + 56
        t57 = i + 57
        t58 = i + 58
        t59 = i + 59
        t60 = i + 60
        t61 = i + 61
        t62 = i + 62
        t63 = i + 63
        t64 = i + 64
        t65 = i + 65
        t66 = i + 66
        t67 = i + 67
        t68 = i + 68
        t69 = i + 69
        total += t69
    return total


print([f(n) for n in range(150)][-3:])
print(f(5000))
