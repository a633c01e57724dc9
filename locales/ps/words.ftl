# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = وموندل شو: د { $name } ښاروالي ({ $number }).
words-municipality-replaced-number = د ښاروالۍ شمېره { $old } نور نه کارول کېږي. بدله شوې ده ({ $path }) او اوس د { $name } ښاروالي ({ $new }) ده. موږ { $new } کاروو.
words-municipality-replaced-name = { $old } ({ $number }) نور جلا ښاروالي نه ده. د { $name } ښاروالۍ برخه شوه ({ $path }). موږ { $new } کاروو.
words-municipality-divided = د { $old } ښاروالي ({ $number }) په څو ښاروالیو ووېشل شوه. هغه وټاکئ چې اوس پکې اوسېږئ:
words-municipality-several = څو ښاروالۍ برابرې دي. هغه وټاکئ چې پکې اوسېږئ:
words-municipality-not-found = په دې نوم یا شمېره ښاروالي نه مومو. د ښاروالۍ نوم په ناروېژي، یا یې څلور رقمي شمېره ولیکئ.
error-municipality-divided = هغه ښاروالي چې دا شمېره یې درلوده په څو ښاروالیو وېشل شوې ده. د هغې ښاروالۍ نوم ولیکئ چې اوس پکې اوسېږئ.
explain-needs-reception-centre = که د پناه غوښتونکو په کمپ کې اوسېږئ او د اوسېدو اجازه مو ترلاسه کړې وي، هغه ښاروالي چې تاسو پکې مېشتېږئ باید د کور په موندلو کې مرسته وکړي. له کمپ څخه د مېشتېدو (bosetting) په اړه وپوښتئ.
words-income-period = ایا دا مبلغ کلنی دی که میاشتنی؟
words-income-basis = ایا دا مبلغ له مالیې مخکې دی که وروسته؟
